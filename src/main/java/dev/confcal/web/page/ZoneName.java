package dev.confcal.web.page;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Set;

/**
 * The conference's time zone as a visitor reads it, with its offset: {@code China Standard Time (UTC+8)}, and in
 * Chinese {@code 北京时间 (UTC+8)}, the name Chinese readers use for China's one zone (CLDR's {@code 中国标准时间}
 * is correct but not what anyone writes). Other zones take the JDK's CLDR name in the labels' language; a zone
 * that is only an offset ({@code Etc/GMT-8}) is said as its offset.
 */
final class ZoneName {

    private static final Set<String> CHINA = Set.of("Asia/Shanghai", "Asia/Chongqing", "Asia/Chungking",
            "Asia/Harbin", "PRC");

    private ZoneName() {
    }

    /** @param at an instant of the conference, for the offset and the standard or daylight name in force then */
    static String of(ZoneId zone, ZonedDateTime at, Labels labels) {
        ZonedDateTime there = at.withZoneSameInstant(zone);
        String offset = offset(there.getOffset());
        String name;
        if (labels == Labels.ZH && CHINA.contains(zone.getId())) {
            name = "北京时间";
        } else {
            name = DateTimeFormatter.ofPattern("zzzz", labels.locale).format(there);
        }
        if (name.startsWith("GMT") || name.startsWith("UTC") || zone instanceof ZoneOffset) {
            return offset;
        }
        return name + " (" + offset + ")";
    }

    /** {@code UTC+8}, {@code UTC+5:30}, {@code UTC−3}, {@code UTC}. */
    static String offset(ZoneOffset offset) {
        int seconds = offset.getTotalSeconds();
        if (seconds == 0) {
            return "UTC";
        }
        int minutes = Math.abs(seconds) / 60;
        String sign = seconds > 0 ? "+" : "−";
        return "UTC" + sign + minutes / 60 + (minutes % 60 == 0 ? "" : String.format(":%02d", minutes % 60));
    }
}
