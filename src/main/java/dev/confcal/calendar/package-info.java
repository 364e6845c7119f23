/**
 * Sessions to RFC 5545 bytes: {@link dev.confcal.calendar.IcsWriter} writes a feed or one session, with
 * content lines folded and escaped and a VTIMEZONE in the shape Outlook reads. It knows nothing of HTTP or files; the
 * SEQUENCE and DTSTAMP of each event come with the {@link dev.confcal.calendar.Edition} it is given.
 */
package dev.confcal.calendar;
