package dev.confcal.web.page;

import dev.confcal.schedule.Schedule;
import dev.confcal.schedule.Session;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The language of a piece of the notes' text, as a BCP 47 tag for its {@code lang} attribute, told by its
 * script: screen readers pick their voice by it, and browsers pick Chinese, Japanese or Korean glyphs for the
 * same Han characters (WCAG 3.1.1 and 3.1.2). A text in Latin letters is taken as English: confcal cannot tell
 * English from German by the script, and the page's English labels are the likelier neighbours.
 */
public final class TextLanguage {

    static final String ENGLISH = "en";
    static final String SIMPLIFIED_CHINESE = "zh-Hans";
    static final String TRADITIONAL_CHINESE = "zh-Hant";
    static final String JAPANESE = "ja";
    static final String KOREAN = "ko";

    /** Common characters written differently in the two Chinese scripts, pair by pair. */
    private static final String SIMPLIFIED = "们个说这国时会来学对开发为与体后过还点应实现网络务质签际运";
    private static final String TRADITIONAL = "們個說這國時會來學對開發為與體後過還點應實現網絡務質簽際運";
    /** A link written out in the text: letters, but no language's words ("https", "istio", "io", "blog"…). */
    private static final Pattern URL = Pattern.compile(
            "\\b[a-zA-Z][a-zA-Z0-9+.-]*://[^\\s()<>\\u3000-\\u303F\\uFF00-\\uFFEF]*");
    /** How much of a long text is looked at: its language shows long before its end. */
    private static final int SAMPLE = 2_000;

    private TextLanguage() {
    }

    /**
     * The tag of a text: Chinese when Han characters outnumber words in other letters (a Chinese sentence with
     * English product names is Chinese; links written out are not counted), Japanese when kana are among them, Korean for Hangul, else English.
     */
    public static String of(String text) {
        int han = 0;
        int kana = 0;
        int hangul = 0;
        int words = 0;
        int simplified = 0;
        int traditional = 0;
        boolean inWord = false;
        String sample = URL.matcher(text.length() > SAMPLE ? text.substring(0, SAMPLE) : text).replaceAll(" ");
        int end = sample.length();
        for (int i = 0; i < end; ) {
            int c = sample.codePointAt(i);
            i += Character.charCount(c);
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            boolean letter = false;
            switch (script) {
                case HAN -> {
                    han++;
                    simplified += SIMPLIFIED.indexOf(c) >= 0 ? 1 : 0;
                    traditional += TRADITIONAL.indexOf(c) >= 0 ? 1 : 0;
                }
                case HIRAGANA, KATAKANA -> kana++;
                case HANGUL -> hangul++;
                default -> letter = Character.isLetter(c);
            }
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        if (kana > 0 && kana + han >= words) {
            return JAPANESE;
        }
        if (hangul > 0 && hangul >= han && hangul >= words) {
            return KOREAN;
        }
        if (han > 0 && han >= words) {
            return traditional > simplified ? TRADITIONAL_CHINESE : SIMPLIFIED_CHINESE;
        }
        return ENGLISH;
    }

    /** The notes' main language, for the page's own {@code lang}: that of most of the sessions' titles and notes. */
    static String ofSchedule(Schedule schedule) {
        Map<String, Integer> votes = new HashMap<>();
        for (Session session : schedule.sessions()) {
            String sample = session.titles().get(0) + "\n" + session.notes();
            votes.merge(of(sample), 1, Integer::sum);
        }
        if (votes.isEmpty()) {
            return of(schedule.title());
        }
        return votes.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).orElseThrow().getKey();
    }
}
