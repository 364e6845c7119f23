/*
 * libical (Debian's libical-dev; Evolution and many CalDAV servers): each VEVENT as "UID START END" in UTC, one a
 * line, converted through the file's own VTIMEZONE (icalcomponent_get_timezone). Then, as "ITIP <message>" lines,
 * what libical's RFC 5546 restriction check (icalrestriction_check) says of the calendar as a METHOD:PUBLISH message.
 * A parse error (X-LIC-ERROR), an unresolved TZID or no calendar is a FAIL line.
 * Usage: read_libical FILE.ics
 */
#include <libical/ical.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int errors(icalcomponent *c, const char *prefix, int print)
{
    int n = 0;
    for (icalproperty *p = icalcomponent_get_first_property(c, ICAL_XLICERROR_PROPERTY); p;
         p = icalcomponent_get_next_property(c, ICAL_XLICERROR_PROPERTY)) {
        if (print) {
            printf("%s%s: %s\n", prefix, icalcomponent_kind_to_string(icalcomponent_isa(c)),
                   icalproperty_get_xlicerror(p));
        }
        n++;
    }
    for (icalcomponent *s = icalcomponent_get_first_component(c, ICAL_ANY_COMPONENT); s;
         s = icalcomponent_get_next_component(c, ICAL_ANY_COMPONENT)) {
        n += errors(s, prefix, print);
    }
    return n;
}

static int utc(icalcomponent *calendar, icalproperty *p, char *out, size_t size)
{
    struct icaltimetype t = icalvalue_get_datetime(icalproperty_get_value(p));
    icalparameter *tzid = icalproperty_get_first_parameter(p, ICAL_TZID_PARAMETER);
    if (!tzid) {
        snprintf(out, size, "no TZID");
        return 0;
    }
    icaltimezone *zone = icalcomponent_get_timezone(calendar, icalparameter_get_tzid(tzid));
    if (!zone) {
        snprintf(out, size, "TZID %s has no VTIMEZONE", icalparameter_get_tzid(tzid));
        return 0;
    }
    t = icaltime_set_timezone(&t, zone);
    t = icaltime_convert_to_zone(t, icaltimezone_get_utc_timezone());
    snprintf(out, size, "%04d-%02d-%02dT%02d:%02d:%02dZ", t.year, t.month, t.day, t.hour, t.minute, t.second);
    return 1;
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: %s FILE.ics\n", argv[0]);
        return 2;
    }
    FILE *f = fopen(argv[1], "rb");
    if (!f) {
        printf("FAIL cannot read %s\n", argv[1]);
        return 1;
    }
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *text = malloc((size_t) size + 1);
    if (!text || fread(text, 1, (size_t) size, f) != (size_t) size) {
        printf("FAIL cannot read %s\n", argv[1]);
        return 1;
    }
    text[size] = '\0';
    fclose(f);
    icalerror_set_errors_are_fatal(0);
    icalcomponent *calendar = icalparser_parse_string(text);
    free(text);
    if (!calendar || icalcomponent_isa(calendar) != ICAL_VCALENDAR_COMPONENT) {
        printf("FAIL no VCALENDAR\n");
        return 1;
    }
    if (errors(calendar, "", 0)) {
        printf("FAIL parse errors:\n");
        errors(calendar, "FAIL ", 1);
        return 1;
    }
    for (icalcomponent *event = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); event;
         event = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
        char start[128], end[128];
        if (!utc(calendar, icalcomponent_get_first_property(event, ICAL_DTSTART_PROPERTY), start, sizeof start)
            || !utc(calendar, icalcomponent_get_first_property(event, ICAL_DTEND_PROPERTY), end, sizeof end)) {
            printf("FAIL %s: %s %s\n", icalcomponent_get_uid(event), start, end);
            return 1;
        }
        printf("%s %s %s\n", icalcomponent_get_uid(event), start, end);
    }
    icalrestriction_check(calendar);
    errors(calendar, "ITIP ", 1);
    icalcomponent_free(calendar);
    return 0;
}
