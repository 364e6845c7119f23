/**
 * Following the conference's official schedule: {@link dev.confcal.publish.following.ExportRefresher} keeps a
 * fresh copy of its export (refreshed, backed off, kept on disk), and
 * {@link dev.confcal.publish.following.ScheduleFollowing} places every parse of the notes by it (rooms, moved
 * talks, the time zone when the notes name none).
 */
package dev.confcal.publish.following;
