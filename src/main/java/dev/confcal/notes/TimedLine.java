package dev.confcal.notes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a line that holds no session link but starts with a time: {@code - 11:45–12:15 Gateway API — Rob Scott},
 * {@code DONE 10:00 Keynote}, {@code | 10:00 AM - 11:00 AM | Serverless patterns | SVS401 |}. Such a line is a
 * session without a link, a break ({@code 12:30 Lunch}), a session crossed out ({@code 15:25 ~~Argo CD~~}) or
 * only a time (a slot for what follows). People write timed lines in every style, so this reads what the line
 * holds, not the style it is in.
 */
final class TimedLine {

    /** What a timed line holds. */
    sealed interface Reading permits Session, Slot, Break, Crossed {
        WrittenTime time();
    }

    /** A session without a link: its title (with speakers, as {@link LinkText} reads them) and what follows. */
    record Session(WrittenTime time, ZoneSuffix suffix, String title, boolean starred, String day, String url)
            implements Reading {
    }

    /** Only a time: a slot, its sessions on the lines below. */
    record Slot(WrittenTime time, ZoneSuffix suffix) implements Reading {
    }

    /** A break, a meal or the registration desk: in the notes, but nothing to attend. */
    record Break(WrittenTime time, String title) implements Reading {
    }

    /** A session the person struck out. */
    record Crossed(WrittenTime time, String title) implements Reading {
    }

    private static final Pattern LEADING = Pattern.compile(
            "^(?:\\[#[A-C]\\]|[\\s\\-–—|:·•,;>~=+()\\[\\]/*_#`]|\\\\"
                    + "|(?:" + TaskStates.ACTIVE + ")\\b)+");
    private static final Pattern TASK_BOX = Pattern.compile("^\\s*(?:[-*+]|\\d+[.)])?\\s*\\[([ xX])\\]");
    private static final Pattern SEPARATORS = Pattern.compile("^[\\s\\-–—|:·•,;>~=+/]+");
    private static final Pattern TABLE_CELL = Pattern.compile("\\s*\\|\\s*");
    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|__|==|(?<![\\p{L}\\d])[*_](?=\\S)|(?<=\\S)[*_](?![\\p{L}\\d])|`");
    /** The first words of a break, in the languages people write notes in. */
    private static final Pattern BREAK = Pattern.compile("^(?!(?:lunch|mittags?|déjeuner|almuerzo)(?:time)?\\s*"
            + "(?:&|and|\\+|und|et|y)?\\s*(?:learn|talks?|keynote|session|panel|vortrag|conférence|charla)"
            + "(?![\\p{L}]))(?:lunch|(?:coffee|tea|morning|afternoon)?\\s*break"
            + "|coffee|breakfast|registration|check-?in|doors open|badge pick-?up|networking break|pause|kaffeepause"
            + "|mittag(?:essen|spause|pause)?|frühstück|anmeldung|registrierung|déjeuner|pause[- ]café|petit[- ]déjeuner"
            + "|accueil|almuerzo|comida|descanso|café|desayuno|registro|acreditaci[óo]n|almoço|intervalo|lanche"
            + "|credenciamento|pranzo|pausa|colazione|registrazione|koffie|lunchpauze|pauze|registratie|przerwa"
            + "|obiad|rejestracja|öğle|ara|kahve arası|kayıt|обед|перерыв|кофе-брейк|регистрация"
            + "|lounas|tauko|kaffe|lunsj|frokost|pauza|nghỉ trưa|giải lao|ăn trưa|đăng ký|makan siang|istirahat"
            + "|午餐|午饭|午休|茶歇|休息|签到|签到入场|昼食|昼休み|休憩|ランチ|受付|점심|휴식|등록|중식)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "Title — skip": the person wrote the talk down to say they will not go. */
    private static final Pattern SKIPPED = Pattern.compile("\\s+[-–—→:(|]+\\s*(?:no[,!.]?\\s*)?(?:skip|skipping|skipped"
            + "|not going|pass"
            + "|nope|salto|odpuszczam|pomijam|überspringen|auslassen|je passe|no voy|paso|pulo|não vou|sla over"
            + "|пропускаю|пропущу|不去|跳过|パス|스킵|안 감)(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern TRAILING_URL = Pattern.compile("\\s+<?(https?://[^\\s<>]+)>?\\s*$");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)\\]\\((https?://[^)\\s]+)\\)");
    private static final Pattern CROSSED = Pattern.compile("^~~(.+?)~~");
    /** {@code ==Title==}: a highlighted title is a marked one. */
    static final Pattern HIGHLIGHT = Pattern.compile("(?<![=])==(?=[^=\\s])[^=]+(?<=\\S)==(?!=)");

    private final StarMarkers stars;

    TimedLine(StarMarkers stars) {
        this.stars = stars;
    }

    /** What a line of Markdown source holds, if it starts with a time. */
    Optional<Reading> read(String markdown) {
        String line = markdown.strip();
        boolean table = line.startsWith("|");
        boolean starred = false;
        Matcher box = TASK_BOX.matcher(line);
        if (box.lookingAt()) { // a ticked box on a plain line is as often "attended" as "going": no star
            line = line.substring(box.end());
        }
        String day = null;
        if (table) {
            List<String> cells = new ArrayList<>(List.of(line.replaceAll("^\\|", "").split("\\|", -1)));
            for (int i = 0; i < cells.size(); i++) {
                String cell = WrittenTime.normalize(cells.get(i).replace("*", "").strip());
                if (!cell.isEmpty() && WrittenTime.leading(cell).isEmpty() && (WrittenDate.find(cell).isPresent()
                        || Weekdays.only(cell).isPresent())) {
                    Optional<String[]> dated = dateAndTime(cell);
                    day = dated.map(parts -> parts[0]).orElse(cell); // | Mon 11/27 | 10:00 AM - 11:00 AM | Title |
                    if (dated.isPresent()) { // | Title | May 7, 2025 9:00 AM (PDT) → 10:30 AM |: the time stays
                        cells.set(i, " " + dated.get()[1] + " ");
                    } else {
                        cells.remove(i);
                    }
                    break;
                }
            }
            line = "| " + String.join(" | ", cells);
            line = TABLE_CELL.matcher(line).replaceAll(" | ").strip();
        }
        starred |= HIGHLIGHT.matcher(line).find();
        String plain = WrittenTime.normalize(EMPHASIS.matcher(line.replace("\\", "")).replaceAll(""));
        int at = skipLeading(plain);
        Optional<WrittenTime.Read> read = WrittenTime.leading(plain.substring(at));
        if (read.isEmpty() || !startsWithDigitOrMarker(plain, at)) {
            String unmarked = plain.strip();
            int marker;
            while ((marker = stars.leading(unmarked)) > 0) {
                unmarked = unmarked.substring(marker).strip();
            }
            boolean marked = starred || stars.in(plain);
            String rest = unmarked;
            String rowDay = day;
            return linkThenTime(rest, marked).or(() -> titleThenRange(rest, marked))
                    .or(() -> fielded(table ? rest.replaceFirst("^\\|\\s*", "") : rest, marked, rowDay));
        }
        String rest = plain.substring(at + read.get().end());
        if (!rest.isEmpty() && (Character.isLetterOrDigit(rest.codePointAt(0)) && !rest.startsWith(" "))) {
            return Optional.empty(); // 10:30am is a time, 10:30x is not
        }
        starred |= stars.in(rest) || stars.in(plain.substring(0, at));
        String title = SEPARATORS.matcher(rest).replaceFirst("");
        Matcher crossed = CROSSED.matcher(plain.substring(0, at).contains("~~") ? "~~" + title
                : rest.replaceFirst("^[\\s\\-–—|:·•,;>=+/]+", ""));
        title = stars.strip(title);
        title = title.replaceFirst("^[\"“„«]([^\"“”„«»]+)[\"”“»]$", "$1"); // 10.30 "Title": the quotes are not the title's
        title = title.replaceAll("\\s*\\|\\s*$", "").replaceAll("\\s+\\|\\s+", " | ").strip();
        WrittenTime time = read.get().time();
        if (crossed.lookingAt()) {
            return Optional.of(new Crossed(time, crossed.group(1).strip()));
        }
        if (title.isEmpty() || title.codePoints().noneMatch(Character::isLetter)) {
            return Optional.of(new Slot(time, read.get().suffix()));
        }
        Matcher skip = SKIPPED.matcher(title);
        if (skip.find()) {
            return Optional.of(new Crossed(time, title.substring(0, skip.start()).strip()));
        }
        if (BREAK.matcher(title).lookingAt()) {
            return Optional.of(new Break(time, title));
        }
        if (table) {
            title = tableTitle(title);
        }
        String url = null;
        Matcher bare = TRAILING_URL.matcher(title);
        if (bare.find() && bare.start() > 0) { // "10:10 Title https://…": the page of a site no rule knows
            url = bare.group(1);
            title = title.substring(0, bare.start());
        }
        Matcher link = LINK.matcher(title);
        if (link.lookingAt() && url == null) { // [Title](https://…) after the time: a page no rule knows
            url = link.group(2);
            title = link.group(1) + title.substring(link.end());
        }
        return Optional.of(new Session(time, read.get().suffix(), title.strip(), starred, day, url));
    }

    private static final Pattern CLOCK_TOKEN = Pattern.compile(
            "(?i)(?<![\\d:.])\\d{1,2}(?:[:.]\\d{2})?\\s?[ap]\\.?m\\.?(?![\\p{L}])|(?<![\\d:.])\\d{1,2}:\\d{2}(?!\\d)");
    /** A status cell that says the person will not go: {@code | ❌ Skip |}. */
    private static final Pattern SKIP_CELL = Pattern.compile(
            "(?iu)\\|\\s*(?:❌|✗|✘|🚫)?\\s*(?:skip|skipped|not going|no)\\s*(?=\\||$)");

    /** A table cell that is a date and then a time ({@code May 7, 2025 9:00 AM}): the date and the time, apart. */
    static Optional<String[]> dateAndTime(String cell) {
        Matcher time = CLOCK_TOKEN.matcher(cell);
        if (!time.find() || time.start() < 4) {
            return Optional.empty();
        }
        String date = cell.substring(0, time.start()).replaceAll("[\\s,·@-]+$", "").strip();
        String rest = cell.substring(time.start());
        return WrittenDate.find(date).isPresent() && WrittenTime.leading(rest).isPresent()
                ? Optional.of(new String[] {date, rest}) : Optional.empty();
    }

    /** A title with no time of its own (under a bare time) that is a break or struck out, if it is. */
    static Optional<Reading> notASession(String title, WrittenTime slot) {
        Matcher crossed = CROSSED.matcher(title.strip());
        if (crossed.lookingAt()) {
            return Optional.of(new Crossed(slot, crossed.group(1).strip()));
        }
        Matcher skip = SKIPPED.matcher(title);
        if (skip.find()) {
            return Optional.of(new Crossed(slot, title.substring(0, skip.start()).strip()));
        }
        return BREAK.matcher(title.strip()).lookingAt() ? Optional.of(new Break(slot, title.strip()))
                : Optional.empty();
    }

    /**
     * {@code [Title](https://…) — 14:00–14:40, Room B}: a link to a page no platform rule knows, then its time. The
     * link's text is the title; what follows the time is left to the notes.
     */
    /** {@code Title @ AU101（10:10 - 10:40）}: a title, then a whole range in parentheses at the end of the line. */
    private static final Pattern TRAILING_RANGE = Pattern.compile("^(.{3,160}?)\\s*[(（]([^()（）]{5,40})[)）]\\s*$");

    /**
     * A title with its time written after it, in parentheses: only a range with its end (a single time there is as
     * often a remark, "lunch (12:00 左右)"), and only after a short title, not a sentence.
     */
    private Optional<Reading> titleThenRange(String line, boolean starred) {
        Matcher m = TRAILING_RANGE.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        String inside = WrittenTime.normalize(m.group(2)).strip();
        Optional<WrittenTime.Read> read = WrittenTime.leading(inside)
                .filter(r -> r.end() == inside.length() && r.time().end() != null);
        String title = stars.strip(m.group(1).replace("==", "")).replaceAll("\\s+@\\s*[^@]{1,30}$", "")
                .replaceAll("[\\s,;:·–—-]+$", "").strip();
        if (read.isEmpty() || title.codePoints().filter(Character::isLetter).count() < 3
                || title.split("\\s+").length > 14 || title.matches("(?s).*[.。!?]$") || title.contains("](")) {
            return Optional.empty();
        }
        Optional<Reading> not = notASession(title, read.get().time());
        return not.isPresent() ? not : Optional.of(new Session(read.get().time(), read.get().suffix(), title, starred,
                null, null));
    }

    /** {@code Wed 8/27 · 9:00am · Room · Title · url}: see {@link FieldedLine}. */
    private Optional<Reading> fielded(String line, boolean starred, String rowDay) {
        Optional<FieldedLine.Fields> read = FieldedLine.read(line);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        FieldedLine.Fields fields = read.get();
        WrittenTime time = fields.time().time();
        String title = fields.title();
        Matcher crossed = CROSSED.matcher(line.startsWith("~~") ? line : title);
        if (crossed.lookingAt() || title.startsWith("~~")) {
            return Optional.of(new Crossed(time, title.replace("~~", "").strip()));
        }
        title = stars.strip(title).strip().replaceFirst("^[\"“„«]([^\"“”„«»]+)[\"”“»]", "$1");
        Optional<Reading> not = notASession(title, time);
        if (not.isPresent()) {
            return not;
        }
        if (rowDay != null && SKIP_CELL.matcher(line).find()) {
            return Optional.of(new Crossed(time, title));
        }
        return Optional.of(new Session(time, fields.time().suffix(), title, starred || stars.in(fields.title()),
                fields.day() != null ? fields.day() : rowDay, fields.url()));
    }

    private Optional<Reading> linkThenTime(String line, boolean starred) {
        Matcher link = LINK.matcher(line);
        if (!link.lookingAt()) {
            return Optional.empty();
        }
        String after = line.substring(link.end());
        Matcher separators = SEPARATORS.matcher(after);
        int from = separators.lookingAt() ? separators.end() : 0;
        if (from == 0 && !after.isEmpty()) {
            return Optional.empty();
        }
        Optional<WrittenTime.Read> read = WrittenTime.leading(after.substring(from));
        if (read.isEmpty()) {
            return Optional.empty();
        }
        String title = stars.strip(link.group(1)).strip();
        Matcher crossed = CROSSED.matcher(link.group(1));
        if (crossed.matches()) {
            return Optional.of(new Crossed(read.get().time(), crossed.group(1)));
        }
        return Optional.of(new Session(read.get().time(), read.get().suffix(), title, starred, null, link.group(2)));
    }

    /** The first cell of a table row's rest that reads as a title (codes and short labels are skipped). */
    private static String tableTitle(String rest) {
        String best = null;
        for (String cell : rest.split("\\s+\\|\\s+")) {
            String c = cell.strip();
            if (c.codePoints().filter(Character::isLetter).count() >= 4 && c.contains(" ")) {
                return c;
            }
            if (best == null && !c.isEmpty()) {
                best = c;
            }
        }
        return best == null ? rest : best;
    }

    private int skipLeading(String plain) {
        int at = 0;
        while (at < plain.length()) {
            Matcher m = LEADING.matcher(plain).region(at, plain.length());
            if (m.lookingAt() && m.end() > at) {
                at = m.end();
                continue;
            }
            int marker = stars.leading(plain, at);
            if (marker > 0) {
                at += marker;
                continue;
            }
            int c = plain.codePointAt(at);
            int type = Character.getType(c);
            if (type == Character.OTHER_SYMBOL || type == Character.SURROGATE || c == 0xFE0F || c == 0x200D) {
                at += Character.charCount(c);
                continue;
            }
            break;
        }
        return at;
    }

    private static boolean startsWithDigitOrMarker(String plain, int at) {
        if (at >= plain.length()) {
            return false;
        }
        int c = plain.codePointAt(at);
        String lower = plain.substring(at).toLowerCase(Locale.ROOT);
        return Character.isDigit(c) || "上早中下晚午오".indexOf(c) >= 0
                || lower.matches("^(?:from|de|des|desde|von|ab|van|dalle|dalla|dal|da|od|от|с|从|自)\\s+\\d.*");
    }
}
