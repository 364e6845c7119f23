/**
 * A conference's own iCalendar export (sched all.ics, pretalx, …) as records: where it is
 * ({@link dev.confcal.official.ExportSource}), fetched with bounds ({@link dev.confcal.official.ExportFetcher}) and
 * read as a whole or not at all ({@link dev.confcal.official.ExportReader}). Pure of state: following it over time
 * is {@code publish.following}'s.
 */
package dev.confcal.official;
