package dev.confcal.notes;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Dates written with a month's name, and weekdays, in the languages of the JDK's CLDR data: the month and weekday
 * names (full and abbreviated, in a date and standing alone: Polish {@code czerwca} and {@code czerwiec}) of the
 * first language of every country, from {@code date-names.tsv} (made by {@code PlatformNamesGenerator}). So
 * {@code Mittwoch, 20. März 2024}, {@code terça-feira, 14 de maio de 2024}, {@code 12 Haziran 2024 Çarşamba},
 * {@code 2024. május 14., kedd}, {@code Thứ Ba, ngày 14 tháng 5 năm 2024} and {@code Wednesday, April 19} are read
 * alike, in any case and with or without accents.
 *
 * <p>A date is a month's name with a day number next to it, on the side its languages write it (CLDR's date
 * patterns: {@code April 19} is English, {@code maio 14} is not Portuguese), and maybe a year next to that (a Thai
 * one in the Buddhist era); a weekday counts next to the date (or, for {@link #weekday}, next to a numeric date). Between them: spaces, dots, an
 * ordinal ending ({@code 1st}, {@code 1er}, {@code 14.}) and one of the words CLDR's patterns put there
 * ({@code de}, {@code den}, {@code gada}) or {@link #CONNECTORS}. Abbreviations count only where that makes them
 * safe: two letters ({@code Mi.}, {@code do.}) only with their dot, and none alone but with its dot
 * ({@code Sat.}).
 *
 * <p>A name that means different months in different languages ({@code listopad}: November in Czech and Polish,
 * October in Croatian) is read only when the weekday next to it says which language it is; a name that is both a
 * month and a weekday ({@code mar}: Spanish martes, and March) is read as a month only when nothing better is
 * there.
 */
final class DateLanguage {

    /** Spellings the old hand-kept lists read that CLDR does not have. */
    private static final Map<String, String> EXTRA_DAYS = Map.of("tues", "en 2", "thur", "en 4", "thurs", "en 4",
            "sonnabend", "de 6 full");
    /**
     * Words between a date's parts that CLDR's patterns do not write: {@code 14th of May}, Spanish {@code del},
     * Vietnamese {@code ngày} and {@code năm}, the Thai Buddhist era {@code พ.ศ.}.
     */
    private static final Set<String> CONNECTORS = Set.of("of", "del", "ngày", "năm", "พ.ศ.");
    /** How many years the Buddhist era is ahead. */
    private static final int BUDDHIST_ERA = 543;
    /** Weekday names that are given names elsewhere: Turkmen Friday, Bambara Sunday, Akan Friday. */
    private static final Set<String> NOT_NAMES = Set.of("anna", "kari", "fida");
    private static final Set<String> ORDINALS = Set.of("st", "nd", "rd", "th", "er", "re", "e", "o", "a", "ª", "º");

    private static final NameTrie<Name> NAMES = new NameTrie<>();
    private static final List<String> LANGUAGES = new ArrayList<>();
    /** Each language's likely country (CLDR's likely subtags: de is Germany's, pt Brazil's, en the US's). */
    private static final List<String> LIKELY_COUNTRIES = new ArrayList<>();
    /** The languages that write the day before the month ({@code 14 May}), and those that write it after. */
    private static final BitSet DAY_FIRST = new BitSet();
    private static final BitSet MONTH_FIRST = new BitSet();
    /* Built once (an array trie of about 9,000 names in 79 languages): 60 ms, cold, on the 2-core build machine. */
    static {
        load();
    }

    private DateLanguage() {
    }

    private static final int MONTH = 0;
    private static final int DAY = 1;

    /** One thing a name means: a month or a weekday, in which languages, and whether as a full name there. */
    private static final class Meaning {
        final int kind;
        final int value;
        final BitSet languages = new BitSet();
        boolean full;

        Meaning(int kind, int value) {
            this.kind = kind;
            this.value = value;
        }
    }

    /** What a folded name stands for. */
    private static final class Name {
        final List<Meaning> meanings = new ArrayList<>();
        final int letters;
        boolean connector;

        Name(String key) {
            letters = letters(key);
        }

        Name add(int kind, int value, int language, boolean full) {
            Meaning meaning = null;
            for (Meaning m : meanings) {
                if (m.kind == kind && m.value == value) {
                    meaning = m;
                }
            }
            if (meaning == null) {
                meaning = new Meaning(kind, value);
                meanings.add(meaning);
            }
            meaning.languages.set(language);
            meaning.full |= full;
            return this;
        }

        /** A full name beats another language's abbreviation of the same kind for something else. */
        Name settle() {
            for (int kind = MONTH; kind <= DAY; kind++) {
                if (full(kind)) {
                    for (int i = meanings.size() - 1; i >= 0; i--) {
                        if (meanings.get(i).kind == kind && !meanings.get(i).full) {
                            meanings.remove(i);
                        }
                    }
                }
            }
            return meanings.isEmpty() && !connector ? null : this;
        }

        List<Meaning> of(int kind) {
            List<Meaning> of = new ArrayList<>(2);
            for (Meaning m : meanings) {
                if (m.kind == kind) {
                    of.add(m);
                }
            }
            return of;
        }

        boolean has(int kind) {
            for (Meaning m : meanings) {
                if (m.kind == kind) {
                    return true;
                }
            }
            return false;
        }

        boolean full(int kind) {
            for (Meaning m : meanings) {
                if (m.kind == kind && m.full) {
                    return true;
                }
            }
            return false;
        }
    }

    private static void load() {
        Map<String, Integer> codes = new HashMap<>();
        Map<Integer, List<String>> before = new HashMap<>();
        Map<Integer, List<String>> after = new HashMap<>();
        String table = Resources.text("date-names.tsv");
        for (int from = 0, to; from < table.length(); from = to + 1) {
            to = table.indexOf('\n', from);
            to = to < 0 ? table.length() : to;
            if (to == from || table.charAt(from) == '#') {
                continue;
            }
            List<String> f = split(table.substring(from, to), '\t');
            if (f.get(0).equals("language")) {
                int language = LANGUAGES.size();
                LANGUAGES.add(f.get(1));
                LIKELY_COUNTRIES.add(f.size() > 6 ? f.get(6) : "");
                codes.put(f.get(1), language);
                for (String order : names(f.get(2))) {
                    (order.indexOf('D') < order.indexOf('M') ? DAY_FIRST : MONTH_FIRST).set(language);
                }
                for (String word : names(f.get(3))) {
                    connector(word);
                }
                before.put(language, names(f.get(4)));
                after.put(language, names(f.get(5)));
                continue;
            }
            int kind = f.get(0).equals("month") ? MONTH : DAY;
            int language = codes.get(f.get(1));
            int value = Integer.parseInt(f.get(2));
            for (int column = 3; column <= 4; column++) {
                for (String name : names(f.get(column))) {
                    add(name, kind, value, language, column == 3);
                    if (kind == MONTH) {
                        for (String prefix : before.get(language)) {
                            add(prefix + name, kind, value, language, column == 3);
                        }
                        for (String suffix : after.get(language)) {
                            add(name + suffix, kind, value, language, column == 3);
                        }
                    }
                }
            }
        }
        for (Map.Entry<String, String> extra : EXTRA_DAYS.entrySet()) {
            List<String> m = split(extra.getValue(), ' ');
            add(extra.getKey(), DAY, Integer.parseInt(m.get(1)), codes.get(m.get(0)), m.size() > 2);
        }
        for (String word : CONNECTORS) {
            connector(word);
        }
        NAMES.replaceAll(Name::settle);
    }

    private static List<String> names(String field) {
        return field.equals("-") ? List.of() : split(field, '|');
    }

    private static List<String> split(String line, char separator) {
        List<String> parts = new ArrayList<>();
        int from = 0;
        for (int to = line.indexOf(separator); to >= 0; to = line.indexOf(separator, from)) {
            parts.add(line.substring(from, to));
            from = to + 1;
        }
        parts.add(line.substring(from));
        return parts;
    }

    private static void add(String name, int kind, int value, int language, boolean full) {
        String key = key(name);
        boolean latin = true;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c >= 0x2E80 && c < 0xFB00) {
                return; // Chinese, Japanese and Korean: WrittenDate and Weekdays read these forms themselves
            }
            latin &= c < 0x250 || !Character.isLetter(c);
        }
        if (letters(key) < (full && latin ? 3 : 2) || NOT_NAMES.contains(key)) {
            return; // Tongan "me", Wolof "ut", Hungarian "K": everyday words or letters, not names
        }
        NAMES.merge(key, n -> (n == null ? new Name(key) : n).add(kind, value, language, full));
    }

    private static int letters(String key) {
        int letters = 0;
        for (int i = 0; i < key.length(); i++) {
            letters += Character.isLetter(key.charAt(i)) ? 1 : 0;
        }
        return letters;
    }

    private static void connector(String word) {
        String key = key(word);
        NAMES.merge(key, n -> {
            Name name = n == null ? new Name(key) : n;
            name.connector = true;
            return name;
        });
    }

    private static String key(String name) {
        String key = NameFold.fold(name).strip();
        return key.endsWith(".") ? key.substring(0, key.length() - 1) : key;
    }

    /** A language the notes write their dates in, and the country CLDR finds it most likely spoken in. */
    record Written(String language, String country) {
    }

    /**
     * The language whose full month and weekday names a text writes most ({@code Dienstag}, {@code mercoledì}),
     * when at least two such names say so and no other language comes near (a name shared by several languages
     * counts for each a share): the weakest evidence of where a conference is, used only when the notes name no
     * place. Empty for a text whose names could be several languages'.
     */
    static Optional<Written> writtenIn(String text) {
        String folded = NameFold.fold(text);
        double[] weights = new double[LANGUAGES.size()];
        int hits = 0;
        for (int i = 0; i < folded.length(); i++) {
            if (i > 0 && Character.isLetter(folded.charAt(i - 1)) || !Character.isLetter(folded.charAt(i))) {
                continue;
            }
            NameTrie.Match<Name> match = NAMES.longest(folded, i);
            if (match == null || match.value().connector) {
                continue;
            }
            // an abbreviation counts half, and only with its dot: "Di., 1. Apr.", not "So" or "Mar"
            boolean abbreviated = match.value().letters < 4 || match.end() < folded.length()
                    && folded.charAt(match.end()) == '.';
            if (abbreviated && (match.end() >= folded.length() || folded.charAt(match.end()) != '.')) {
                continue;
            }
            BitSet languages = new BitSet();
            for (Meaning meaning : match.value().meanings) {
                if (meaning.full != abbreviated) {
                    languages.or(meaning.languages);
                }
            }
            if (!languages.isEmpty()) {
                hits++;
                double share = (abbreviated ? 0.5 : 1.0) / languages.cardinality();
                languages.stream().forEach(language -> weights[language] += share);
            }
            i = match.end() - 1;
        }
        int best = -1;
        int second = -1;
        for (int language = 0; language < weights.length; language++) {
            if (best < 0 || weights[language] > weights[best]) {
                second = best;
                best = language;
            } else if (second < 0 || weights[language] > weights[second]) {
                second = language;
            }
        }
        if (best < 0 || hits < 2 || weights[best] < 0.6 || second >= 0 && weights[best] < 2 * weights[second]) {
            return Optional.empty();
        }
        return Optional.of(new Written(LANGUAGES.get(best), LIKELY_COUNTRIES.get(best)));
    }

    /** The likely country of a language the table has ({@code ko}: KR), or empty. */
    static Optional<String> likelyCountry(String language) {
        int index = LANGUAGES.indexOf(language);
        return index < 0 || LIKELY_COUNTRIES.get(index).isEmpty() ? Optional.empty()
                : Optional.of(LIKELY_COUNTRIES.get(index));
    }

    /** How many languages' names are read. */
    static int languages() {
        return LANGUAGES.size();
    }

    // ---- reading a text ----

    /**
     * A number or a name in the folded text. A number is {@code usable} as a day or year unless it is part of a
     * time ({@code 10:00}), glued to a word ({@code 5g}) or part of a longer number ({@code 1.2}, {@code 20.03.});
     * {@code dated} when it is part of a numeric date ({@code 2023-09-27}, {@code 20.03.2024}, {@code 9/27}).
     */
    private record Token(int start, int end, int number, int digits, boolean usable, boolean dated,
            boolean ordinal, Name name) {

        boolean isNumber() {
            return name == null;
        }

        boolean connector() {
            return name != null && name.connector && name.meanings.isEmpty();
        }

        boolean day() {
            return isNumber() && usable && digits <= 2 && number >= 1 && number <= 31;
        }

        boolean year() {
            return isNumber() && usable && digits == 4;
        }
    }

    private static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isDigit(c)) {
                int j = i;
                int value = 0;
                while (j < n && Character.isDigit(text.charAt(j))) {
                    value = j - i < 6 ? value * 10 + Character.digit(text.charAt(j), 10) : value;
                    j++;
                }
                int k = j;
                while (k < n && Character.isLetter(text.charAt(k))) {
                    k++;
                }
                boolean ordinal = k > j && ORDINALS.contains(text.substring(j, k));
                boolean glued = k > j && !ordinal;
                boolean time = (i > 0 && text.charAt(i - 1) == ':') || (j < n && text.charAt(j) == ':');
                boolean dated = (i > 1 && "./-".indexOf(text.charAt(i - 1)) >= 0 && Character.isDigit(text.charAt(i - 2)))
                        || (j + 1 < n && "./-".indexOf(text.charAt(j)) >= 0 && Character.isDigit(text.charAt(j + 1)));
                boolean partOfNumber = dated || (i > 1 && text.charAt(i - 1) == ',' && Character.isDigit(text.charAt(i - 2)))
                        || (j + 1 < n && text.charAt(j) == ',' && Character.isDigit(text.charAt(j + 1)));
                int end = ordinal ? k : j;
                tokens.add(new Token(i, end, value, j - i, !glued && !time && !partOfNumber, dated, ordinal, null));
                i = end;
                continue;
            }
            NameTrie.Match<Name> match = NAMES.longest(text, i);
            if (match != null) {
                tokens.add(new Token(i, match.end(), 0, 0, true, false, false, match.value()));
                i = match.end();
            } else {
                i += Character.charCount(text.codePointAt(i));
            }
        }
        return tokens;
    }

    /** What may stand between two tokens. */
    private enum Gap {
        /** between a day and its month: spaces and dots ({@code 14. Mai}, {@code Mar. 5}), or a dash alone ({@code 14-may}). */
        DATE(" ."),
        /** between a date and its year: also commas ({@code April 19, 2023}, {@code 2024. május}). */
        YEAR(" .,،"),
        /** between a weekday and its date: any punctuation ({@code Sept 27 (Wed)}, {@code Mi., 20.03.}). */
        WEEKDAY(null);

        private final String allowed;

        Gap(String allowed) {
            this.allowed = allowed;
        }

        boolean allows(char c) {
            return allowed == null ? c == ' ' || isPunctuation(c) : allowed.indexOf(c) >= 0;
        }
    }

    private static boolean isPunctuation(char c) {
        int type = Character.getType(c);
        return type == Character.CONNECTOR_PUNCTUATION || type == Character.DASH_PUNCTUATION
                || type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || type == Character.OTHER_PUNCTUATION || c == '*' || c == '~';
    }

    /**
     * The token next to token {@code from} in direction {@code step} (+1 or -1) with at most one connector and
     * only what {@code gap} allows between, or -1.
     */
    private static int next(String text, List<Token> tokens, int from, int step, Gap gap) {
        int connectors = 0;
        int at = from;
        for (int i = from + step; i >= 0 && i < tokens.size(); i += step) {
            Token a = tokens.get(step > 0 ? at : i);
            Token b = tokens.get(step > 0 ? i : at);
            boolean dash = gap == Gap.DATE && b.start() == a.end() + 1 && text.charAt(a.end()) == '-';
            for (int c = a.end(); c < b.start() && !dash; c++) {
                if (!gap.allows(text.charAt(c))) {
                    return -1;
                }
            }
            if (!tokens.get(i).connector()) {
                return i;
            }
            if (++connectors > 1) {
                return -1;
            }
            at = i;
        }
        return -1;
    }

    /** A date found around a month's name, and how sure the reading is. */
    private record Candidate(WrittenDate date, int score, int position) {
    }

    /** The date the (normalized) text writes with a month's name, if it writes one. */
    static Optional<WrittenDate> find(String heading) {
        String text = NameFold.fold(heading);
        List<Token> tokens = tokens(text);
        Candidate best = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token month = tokens.get(i);
            if (month.isNumber() || !month.name().has(MONTH)) {
                continue;
            }
            int before = next(text, tokens, i, -1, Gap.DATE);
            if (before >= 0 && tokens.get(before).day()) {
                best = better(best, candidate(text, tokens, before, i, DAY_FIRST));
            }
            int after = next(text, tokens, i, 1, Gap.DATE);
            if (after >= 0 && tokens.get(after).day()) {
                best = better(best, candidate(text, tokens, after, i, MONTH_FIRST));
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        WrittenDate date = best.date();
        return Optional.of(date.weekday() != null ? date
                : new WrittenDate(date.year(), date.month(), date.day(), Weekdays.unnamed(heading).orElse(null)));
    }

    private static Candidate better(Candidate best, Candidate candidate) {
        if (candidate == null) {
            return best;
        }
        if (best == null || candidate.score() > best.score()
                || (candidate.score() == best.score() && candidate.position() < best.position())) {
            return candidate;
        }
        return best;
    }

    private static Candidate candidate(String text, List<Token> tokens, int dayAt, int monthAt, BitSet order) {
        Token month = tokens.get(monthAt);
        boolean dotted = dotAfter(text, month);
        if (!month.name().full(MONTH) && month.name().letters <= 2 && !dotted) {
            return null;
        }
        List<Meaning> months = new ArrayList<>();
        for (Meaning meaning : month.name().of(MONTH)) {
            if (meaning.languages.intersects(order)) {
                months.add(meaning);
            }
        }
        if (months.isEmpty()) {
            return null;
        }
        int first = Math.min(dayAt, monthAt);
        int last = Math.max(dayAt, monthAt);
        int yearAt = next(text, tokens, last, 1, Gap.YEAR);
        if (yearAt >= 0 && tokens.get(yearAt).year()) {
            last = yearAt;
        } else {
            yearAt = next(text, tokens, first, -1, Gap.YEAR);
            if (yearAt >= 0 && tokens.get(yearAt).year()) {
                first = yearAt;
            } else {
                yearAt = -1;
            }
        }
        int weekdayAt = next(text, tokens, first, -1, Gap.WEEKDAY);
        if (!weekday(text, tokens, weekdayAt)) {
            weekdayAt = next(text, tokens, last, 1, Gap.WEEKDAY);
            weekdayAt = weekday(text, tokens, weekdayAt) ? weekdayAt : -1;
        }
        List<Meaning> days = weekdayAt < 0 ? List.of() : tokens.get(weekdayAt).name().of(DAY);
        Meaning chosen = settle(months, days);
        if (chosen == null) {
            return null; // listopad, and no weekday to say whether it is Czech or Croatian
        }
        Meaning weekday = settle(days, List.of(chosen));
        boolean longName = month.name().full(MONTH) && (month.name().letters > 3 || !latin(text, month));
        if (!longName && !dotted && yearAt < 0 && weekday == null && !tokens.get(dayAt).ordinal()
                && !ends(text, tokens.get(last))) {
            return null; // "Top 3 pro tips", "2 Mac tips": Czech "pro", Malay "Mac" in a title's words
        }
        int score = (month.name().full(MONTH) ? 4 : dotted ? 2 : 0) - (month.name().has(DAY) ? 3 : 0)
                + (yearAt >= 0 ? 1 : 0) + (weekday != null ? 1 : 0);
        Integer year = yearAt >= 0 ? tokens.get(yearAt).number() : null;
        int thai = LANGUAGES.indexOf("th");
        if (year != null && year > BUDDHIST_ERA + 1900 && thai >= 0 && chosen.languages.get(thai)) {
            year -= BUDDHIST_ERA; // Thai dates count the years of the Buddhist era: พ.ศ. 2567 is 2024
        }
        return new Candidate(new WrittenDate(year, chosen.value, tokens.get(dayAt).number(),
                weekday == null ? null : DayOfWeek.of(weekday.value)), score, month.start());
    }

    private static boolean latin(String text, Token token) {
        return text.charAt(token.start()) < 0x250;
    }

    /**
     * Whether the text from {@code first} to {@code last} ends its part of the heading: nothing but the heading's
     * punctuation follows ({@code Mar 5}, {@code Keynote on 14 May}, {@code dec 31 (Wed)}), not more words
     * ({@code Top 3 pro tips}, {@code 2 Mac tips}).
     */
    private static boolean ends(String text, Token last) {
        for (int c = last.end(); c < text.length() && (text.charAt(c) == '.' || !isPunctuation(text.charAt(c))); c++) {
            if (text.charAt(c) != ' ' && text.charAt(c) != '.') {
                return false;
            }
        }
        return true;
    }

    /** The one meaning among {@code meanings} that the languages of {@code context} leave, if one is left. */
    private static Meaning settle(List<Meaning> meanings, List<Meaning> context) {
        if (meanings.size() <= 1) {
            return meanings.isEmpty() ? null : meanings.get(0);
        }
        BitSet languages = new BitSet();
        context.forEach(m -> languages.or(m.languages));
        List<Meaning> left = meanings.stream().filter(m -> m.languages.intersects(languages)).toList();
        return left.size() == 1 ? left.get(0) : null;
    }

    /** Whether the token at {@code at} is a weekday's name that may be read there. */
    private static boolean weekday(String text, List<Token> tokens, int at) {
        if (at < 0 || tokens.get(at).isNumber() || !tokens.get(at).name().has(DAY)) {
            return false;
        }
        Token token = tokens.get(at);
        return token.name().full(DAY) || token.name().letters > 2 || dotAfter(text, token)
                || (token.end() < text.length() && text.charAt(token.end()) == ',');
    }

    private static boolean dotAfter(String text, Token token) {
        return token.end() < text.length() && text.charAt(token.end()) == '.';
    }

    /**
     * The first weekday the text names next to a numeric date or a month's name ({@code 2023-09-27 Wed},
     * {@code Mi., 20.03.}); not next to another number ({@code 5 min}: Indonesian Minggu).
     */
    static Optional<DayOfWeek> weekday(String heading) {
        String text = NameFold.fold(heading);
        List<Token> tokens = tokens(text);
        for (int i = 0; i < tokens.size(); i++) {
            if (!weekday(text, tokens, i)) {
                continue;
            }
            for (int step : new int[] {-1, 1}) {
                int at = next(text, tokens, i, step, Gap.WEEKDAY);
                if (at >= 0 && (tokens.get(at).dated() || (!tokens.get(at).isNumber() && tokens.get(at).name().has(MONTH)))) {
                    List<Meaning> context = at >= 0 && !tokens.get(at).isNumber()
                            ? tokens.get(at).name().of(MONTH) : List.of();
                    Meaning day = settle(tokens.get(i).name().of(DAY), context);
                    if (day != null) {
                        return Optional.of(DayOfWeek.of(day.value));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The weekday a text that is nothing but a weekday's name names ({@code Mittwoch}, {@code **Friday**},
     * {@code Sat.}: an abbreviation only with its dot); not a name that is also a month's in the same language
     * ({@code Mar.}: Spanish martes, and marzo).
     */
    static Optional<DayOfWeek> weekdayOnly(String heading) {
        String text = NameFold.fold(heading);
        int start = 0;
        int end = text.length();
        while (start < end && !Character.isLetterOrDigit(text.charAt(start))) {
            start++;
        }
        while (end > start && !NameFold.wordChar(text.codePointBefore(end)) && !Character.isDigit(text.charAt(end - 1))) {
            end--;
        }
        String core = text.substring(start, end);
        NameTrie.Match<Name> match = core.isEmpty() ? null : NAMES.longest(core, 0);
        if (match == null || match.end() != core.length()) {
            return Optional.empty();
        }
        List<Meaning> days = match.value().of(DAY);
        if (days.size() != 1 || (!days.get(0).full && !(end < text.length() && text.charAt(end) == '.'))) {
            return Optional.empty();
        }
        for (Meaning month : match.value().of(MONTH)) {
            if (month.languages.intersects(days.get(0).languages)) {
                return Optional.empty(); // Spanish "mar.": martes or marzo
            }
        }
        return Optional.of(DayOfWeek.of(days.get(0).value));
    }
}
