package dev.confcal.web.page;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The page's own words (labels, buttons, hints) in English or Chinese: {@code labels/en.properties} and
 * {@code labels/zh.properties}, the same keys in both (a test holds them to it). The notes' text is never
 * translated; only what confcal itself says. Which language a request gets is {@link #negotiate}d from its
 * {@code hl} parameter, else its {@code Accept-Language}, and is part of the page's cache key.
 */
public enum Labels {
    EN("en", "en", Locale.ENGLISH, "English"),
    ZH("zh", "zh-Hans", Locale.SIMPLIFIED_CHINESE, "中文");

    /** The value of the page's {@code hl} parameter. */
    final String code;
    /** The BCP 47 tag of the labels' text, for {@code lang} attributes. */
    final String tag;
    final Locale locale;
    /** The language's own name, for the switch. */
    final String name;
    private final Map<String, String> texts;
    private final DateTimeFormatter dayFormat;
    private final DateTimeFormatter shortDateFormat;
    private final DateTimeFormatter tabFormat;

    Labels(String code, String tag, Locale locale, String name) {
        this.code = code;
        this.tag = tag;
        this.locale = locale;
        this.name = name;
        this.texts = load("/labels/" + code + ".properties");
        this.dayFormat = DateTimeFormatter.ofPattern(texts.get("date.day"), locale);
        this.shortDateFormat = DateTimeFormatter.ofPattern(texts.get("date.short"), locale);
        this.tabFormat = DateTimeFormatter.ofPattern(texts.get("date.tab"), locale);
    }

    /** The text for {@code key} with {@code {0}}, {@code {1}}… replaced by the arguments. */
    String get(String key, Object... arguments) {
        String text = texts.get(key);
        if (text == null) {
            throw new IllegalArgumentException("no label " + key + " in " + code);
        }
        for (int i = 0; i < arguments.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(arguments[i]));
        }
        return text;
    }

    /** {@code 1 session} or {@code 12 sessions}: keys {@code KEY.one} and {@code KEY.many}. */
    String count(String key, long n) {
        return get(key + (n == 1 ? ".one" : ".many"), n);
    }

    /** {@code Wednesday, 27 September 2023} / {@code 2023年9月27日 星期三}. */
    String day(LocalDate day) {
        return dayFormat.format(day);
    }

    /** {@code Wed 27 Sep 2023} / {@code 2023年9月27日 周三}. */
    String shortDate(LocalDate day) {
        return shortDateFormat.format(day);
    }

    /** A day tab: {@code Wed 27 Sep} / {@code 9月27日 周三}. */
    String tab(LocalDate day) {
        return tabFormat.format(day);
    }

    /**
     * The conference's days as the language writes a range: {@code 27–28 September 2023} /
     * {@code 2023年9月27日至28日}; one day is its short date.
     */
    String range(LocalDate first, LocalDate last) {
        if (first.equals(last)) {
            return shortDate(first);
        }
        String kind = first.getYear() != last.getYear() ? null
                : first.getMonth() == last.getMonth() ? "month" : "year";
        if (kind == null) {
            return get("date.range", shortDate(first), shortDate(last));
        }
        return get("date.range", format("date.range." + kind + ".first", first), format("date.range." + kind + ".last", last));
    }

    private String format(String key, LocalDate day) {
        return DateTimeFormatter.ofPattern(get(key), locale).format(day);
    }

    public Map<String, String> texts() {
        return texts;
    }

    /** The language of the {@code hl} parameter, or null when it names none of ours. */
    static Labels of(String code) {
        for (Labels labels : values()) {
            if (labels.code.equalsIgnoreCase(code)) {
                return labels;
            }
        }
        return null;
    }

    /**
     * The labels a request gets: those its {@code hl} parameter names, else the first of ours its
     * {@code Accept-Language} prefers (any {@code zh-*} is Chinese), else English.
     */
    static Labels negotiate(String hl, String acceptLanguage) {
        Labels chosen = hl == null ? null : of(hl);
        if (chosen != null) {
            return chosen;
        }
        if (acceptLanguage == null || acceptLanguage.isBlank() || acceptLanguage.length() > 500) {
            return EN;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                if (range.getWeight() == 0) {
                    continue;
                }
                String language = range.getRange().toLowerCase(Locale.ROOT);
                if (language.equals("zh") || language.startsWith("zh-")) {
                    return ZH;
                }
                if (language.equals("en") || language.startsWith("en-")) {
                    return EN;
                }
            }
        } catch (IllegalArgumentException e) {
            return EN; // a header that is not a language list: the default, as without one
        }
        return EN;
    }

    private static Map<String, String> load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = Labels.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the jar");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> texts = new TreeMap<>();
        properties.forEach((key, value) -> texts.put((String) key, (String) value));
        return Map.copyOf(texts);
    }
}
