package dev.confcal.cli;

import dev.confcal.schedule.Language;
import dev.confcal.schedule.Schedule;
import dev.confcal.schedule.Session;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which of a bilingual title ({@code 中文 | English}) to show: the one in the language the person writes their own
 * notes in. Chinese notes name tools and projects in English ("Kubespray 基于 Ansible 构建"), so Chinese characters
 * are weighed against English words, not letters. Notes without any text of their own show the title the person
 * wrote first.
 *
 * @param language the notes' language, or null when they have no text to tell
 */
record NotesLanguage(Language language) {

    private static final Pattern WORD = Pattern.compile("[A-Za-z]{2,}");
    private static final Pattern LINK = Pattern.compile("\\b\\w+://\\S+");

    static NotesLanguage of(Schedule schedule) {
        long han = 0;
        long words = 0;
        for (Session session : schedule.sessions()) {
            String notes = LINK.matcher(session.notes()).replaceAll(" ");
            han += notes.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                    .count();
            Matcher word = WORD.matcher(notes);
            while (word.find()) {
                words++;
            }
        }
        if (han == 0 && words == 0) {
            return new NotesLanguage(null);
        }
        return new NotesLanguage(han >= words ? Language.ZH : Language.EN);
    }

    /** The session's title in the notes' language, as written; the first one written when that cannot be told. */
    String title(Session session) {
        return language == null ? session.titles().get(0) : session.title(language);
    }
}
