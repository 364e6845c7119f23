package dev.confcal.notes;

import java.text.Normalizer;

/**
 * Text as the name tables ({@link DateLanguage}, {@link ZoneCities}) compare it, composed (NFC, as typed and as
 * the platform writes its names; {@link WrittenTime#normalize} makes it NFKC): lower case, without the accents
 * of Latin, Greek and Cyrillic letters ({@code MIÉRCOLES} and {@code miercoles}, {@code Çarşamba} and
 * {@code carsamba}, {@code Τρίτη} and {@code τριτη} are the same), the letters with a stroke as the plain letter
 * ({@code ł}, {@code ø}, {@code đ}, and the dotless {@code ı}), a final {@code ς} as {@code σ}, every apostrophe
 * as {@code '}, each run of white space as one space, and a dash between letters as a space ({@code terça-feira}
 * is {@code terca feira}; other dashes are {@code -}).
 */
final class NameFold {

    private NameFold() {
    }

    static String fold(String text) {
        if (plain(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80 && c != '-' && c != '`' && c > ' ') { // most names and headings: ASCII
                out.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
                space = false;
                continue;
            }
            c = Character.toLowerCase(c); // one letter at a time: String's needs a BreakIterator for Σ
            if (c >= '\u0300' && c <= '\u036f') {
                continue;
            }
            if (dash(c) && !(i > 0 && i + 1 < text.length() && Character.isLetter(text.charAt(i - 1))
                    && Character.isLetter(text.charAt(i + 1)))) {
                out.append('-'); // between words or numbers: it may part them ("Talks - Set 2", "2023-09-27")
                space = false;
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || dash(c)) {
                if (!space) {
                    out.append(' ');
                }
                space = true;
                continue;
            }
            space = false;
            out.append(switch (c) {
                case 'ł' -> 'l';
                case 'ø' -> 'o';
                case 'đ' -> 'd';
                case 'ı' -> 'i';
                case 'ς' -> 'σ';
                case '\u2019', '\u2018', '\u02bc', '\u02b9', '`', '\u00b4' -> '\'';
                default -> c >= 0xC0 && c < 0x2000 ? base(c) : c;
            });
        }
        return out.toString();
    }

    /** Each accented letter's letter without its accents, found once: {@code BASE[c] == 0} is not yet known. */
    private static final char[] BASE = new char[0x2000];

    /**
     * A Latin, Greek or Cyrillic letter without its accents ({@code é}, {@code ş}, {@code ț}, {@code ё}, {@code ά},
     * {@code ứ}): its canonical decomposition when that is one letter and marks of U+0300 to U+036F only, else the
     * letter itself. Text is compared composed (NFC, as typed): a decomposed accent is dropped by {@link #fold}.
     */
    private static char base(char c) {
        char known = BASE[c];
        if (known == 0) {
            String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            known = decomposed.length() > 1 ? decomposed.charAt(0) : c;
            for (int i = 1; i < decomposed.length(); i++) {
                if (decomposed.charAt(i) < 0x300 || decomposed.charAt(i) > 0x36f) {
                    known = c;
                }
            }
            BASE[c] = known; // a race only writes the same value twice
        }
        return known;
    }

    /** Lower-case ASCII and single spaces only: nothing to fold. */
    private static boolean plain(String text) {
        char previous = 'x';
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 || c < ' ' || (c >= 'A' && c <= 'Z') || (c == '-' && Character.isLetter(previous))
                    || c == '`' || (c == ' ' && previous == ' ')) {
                return false;
            }
            previous = c;
        }
        return true;
    }

    private static boolean dash(char c) {
        return c == '-' || (c >= '\u2010' && c <= '\u2015') || c == '\u2212';
    }

    /**
     * Whether a name in this character's script may run on into the next word, or on from the one before: the
     * scripts written without spaces between words (Chinese, Japanese, Thai, Lao, Khmer, Burmese, Tibetan), and
     * Korean, which writes its particles onto the word ({@code 서울에서}). Names in other scripts stand as words.
     */
    static boolean runsOn(int c) {
        if (c >= 0xFB00 && c < 0xFF00) {
            return false; // the presentation forms of Latin, Hebrew and Arabic letters
        }
        if (c >= 0x2E80) {
            return true;
        }
        return switch (Character.UnicodeScript.of(c)) {
            case THAI, LAO, KHMER, MYANMAR, TIBETAN, HANGUL -> true;
            default -> false;
        };
    }

    /** A character that makes a word go on: a letter or a combining mark. */
    static boolean wordChar(int c) {
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK
                || Character.getType(c) == Character.ENCLOSING_MARK;
    }
}
