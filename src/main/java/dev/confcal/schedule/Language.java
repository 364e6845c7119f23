package dev.confcal.schedule;

import java.util.Locale;

/** The language of a bilingual title, for feeds that want one ({@code lang=zh|en}). */
public enum Language {
    ZH, EN;

    public static Language parse(String code) {
        return switch (code.toLowerCase(Locale.ROOT)) {
            case "zh" -> ZH;
            case "en" -> EN;
            default -> throw new IllegalArgumentException("language must be zh or en, not \"" + code + "\"");
        };
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static boolean isChinese(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
