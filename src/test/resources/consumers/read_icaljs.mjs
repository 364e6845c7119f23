// ical.js (npm "ical.js", Thunderbird's parser): each VEVENT as 'UID START END' in UTC, one a line, converted through
// the file's own VTIMEZONE (registered with ICAL.TimezoneService, as Thunderbird does). A TZID ical.js cannot resolve
// is a FAIL line: it would silently read the time as floating.
// Usage: node read_icaljs.mjs FILE.ics (from a folder whose node_modules holds ical.js)
import fs from 'node:fs';
import ICAL from 'ical.js';

function utc(time, tzid) {
  if (!time.zone || time.zone.tzid !== tzid) {
    throw new Error(`TZID ${tzid} not resolved (read as ${time.zone ? time.zone.tzid : 'nothing'})`);
  }
  return time.convertToZone(ICAL.Timezone.utcTimezone).toString();
}

try {
  const calendar = new ICAL.Component(ICAL.parse(fs.readFileSync(process.argv[2], 'utf8')));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(zone);
  }
  for (const vevent of calendar.getAllSubcomponents('vevent')) {
    const event = new ICAL.Event(vevent);
    const tzid = (name) => vevent.getFirstProperty(name).getParameter('tzid');
    console.log(`${event.uid} ${utc(event.startDate, tzid('dtstart'))} ${utc(event.endDate, tzid('dtend'))}`);
  }
} catch (e) {
  console.log(`FAIL ${e.name}: ${String(e.message).replace(/\s+/g, ' ')}`);
  process.exitCode = 1;
}
