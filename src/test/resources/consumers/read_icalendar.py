"""Python icalendar (Debian's python3-icalendar): each VEVENT as 'UID START END' in UTC, one a line.

Times are converted through the file's own VTIMEZONE (Timezone.to_tz(), the library's reading of our definition);
the library's default reading of a TZID it knows (pytz by name) must agree, or the event is a FAIL line.
Usage: python3 read_icalendar.py FILE.ics
"""
import datetime as dt
import sys

import icalendar


def utc(prop, zones):
    value = prop.dt
    tzid = prop.params.get("TZID")
    if tzid not in zones:
        raise ValueError("TZID %s has no VTIMEZONE in the file" % tzid)
    mine = zones[tzid].localize(value.replace(tzinfo=None)).astimezone(dt.timezone.utc)
    if value.tzinfo is None or value.astimezone(dt.timezone.utc) != mine:
        raise ValueError("%s: the file's VTIMEZONE gives %s, the library's zone %s" % (tzid, mine, value))
    return mine.strftime("%Y-%m-%dT%H:%M:%SZ")


def main(path):
    with open(path, "rb") as f:
        cal = icalendar.Calendar.from_ical(f.read())
    zones = {str(tz["TZID"]): tz.to_tz() for tz in cal.walk("VTIMEZONE")}
    for event in cal.walk("VEVENT"):
        print(event["UID"], utc(event["DTSTART"], zones), utc(event["DTEND"], zones))


if __name__ == "__main__":
    try:
        main(sys.argv[1])
    except Exception as e:  # noqa: BLE001 - any failure to read is the finding
        print("FAIL %s: %s" % (type(e).__name__, " ".join(str(e).split())))
        sys.exit(1)
