package dev.confcal.notes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The legend people write for their own marks, {@code ⭐ = imperdible · (?) = si llego · ~~x~~ = no voy}, or
 * {@code Rating: ★★★ = will queue early · ★★ = want · ★ = filler}: the notes saying which mark means "must see".
 * The top mark is the one whose meaning says "must", else the one listed first (legends go from most to least),
 * unless its meaning says maybe or skip.
 */
final class Legend {

    /** One {@code mark = meaning} of a legend, at its line. */
    record Entry(String mark, String meaning, int line) {
    }

    /**
     * A mark: bold or code text, a tag, a short bracketed code ({@code (?)}, {@code [A]}), a capitalised code
     * ({@code MUST}, {@code P1}), struck text, or a run of symbols ({@code !!}, {@code ★★★}, an emoji).
     */
    private static final String MARK = "\\*\\*[^*\\n]{1,20}\\*\\*|`[^`\\n]{1,30}`|~~[^~\\n]{1,20}~~|#[\\p{L}\\p{N}_/-]{1,30}"
            + "|[\\[(][^\\])\\s]{1,6}[\\])]|[\\p{Lu}][\\p{Lu}\\p{N}]{0,5}(?![\\p{L}\\p{N}])"
            + "|[^\\p{L}\\p{N}\\s=*~`#\\[\\]()<>|:：,;·/\\\\-]{1,8}";
    private static final Pattern ENTRY = Pattern.compile("(?:^|(?<=[\\s·;,|：:>]))(" + MARK + ")\\s*=\\s*(?=[^=\\s])");
    /** What a mark that is not "must see" means: maybe, if there is time, skip, not going. */
    private static final Pattern NOT_TOP = Pattern.compile("(?iu)maybe|perhaps|if (?:free|time|i|there)|depends|filler"
            + "|optional|skip|not going|dropped|nope|vielleicht|wenn|eventuell|peut-être|selon|quizás|quizas|tal vez"
            + "|si llego|si da|talvez|se der|forse|misschien|może|dekhte|shayad|看情况|看情況|可能|也许|不去|跳过|たぶん"
            + "|行けたら|아마|no voy|não vou|je passe");

    private Legend() {
    }

    /** A line that says it is a legend: {@code Legend: 🔴 must / 🟡 nice to have}, where marks need no "=". */
    private static final Pattern LABEL = Pattern.compile("(?iu)^[\\s>*_#-]*(?:legend|legende|légende|leyenda|legenda"
            + "|key|marks|markers|markierung|標記|标记|凡例|범례|표시|prio|priority|priorities|prioridad|priorität"
            + "|prioridade|priorità|rating|ratings|평가|등급|중요도|優先度|优先级|優先順位|重要度|评分|評価|ocena|note|nota)[*_]*"
            + "\\s*[:：]+\\s*(.+)$");
    /** A scale of one symbol repeated, with no label: {@code ★★★ 필참 / ★★ 가능하면 / ★ 시간 남으면}. */
    private static final Pattern SCALE = Pattern.compile("^(?:[^:：]{0,20}[:：]\\s*)?((\\S)\\2{0,4})\\s+[^/·|;]*\\p{L}[^/·|;]*"
            + "(?:\\s*[/·|;]\\s*\\2{1,5}\\s+[^/·|;]*\\p{L}[^/·|;]*){1,4}$");
    /**
     * A symbol in brackets that a sentence of the notes explains: {@code Lo marcado con (*) es lo que no me pierdo},
     * {@code Talks marked [!] are the ones I queue for}.
     */
    private static final Pattern EXPLAINED = Pattern.compile("(?<![\\p{L}\\p{N}])([(\\[][^\\p{L}\\p{N}\\s()\\[\\]]{1,3}[)\\]])"
            + "(?![\\p{L}\\p{N}])");
    private static final Pattern LABELLED_ENTRY = Pattern.compile("^(" + MARK + ")\\s*[=:]?\\s+(.*\\p{L}.*)$");

    /** Every legend entry in the notes' lines, in order. */
    static List<Entry> read(CharSequence text) {
        List<Entry> entries = new ArrayList<>();
        String[] lines = text.toString().split("\n", -1);
        boolean code = false;
        for (int i = 0; i < lines.length && entries.size() < 50; i++) {
            String line = lines[i].strip();
            if (line.startsWith("```") || line.startsWith("~~~")) {
                code = !code;
                continue;
            }
            if (code || line.length() > 300 || line.startsWith("|") || line.contains("==")) {
                continue; // code, a table row, or a highlight: not a legend
            }
            Matcher m = ENTRY.matcher(line);
            List<int[]> found = new ArrayList<>();
            while (m.find()) {
                found.add(new int[] {m.start(1), m.end(1), m.end()});
            }
            Matcher label = LABEL.matcher(line);
            if (found.isEmpty() && !label.matches() && SCALE.matcher(line).matches()) {
                String scale = line.replaceFirst("^[^:：]{0,20}[:：]\\s*(?=\\S\\S*\\s)", "");
                for (String part : scale.split("\\s*[/·|;]\\s*")) {
                    Matcher entry = LABELLED_ENTRY.matcher(part.strip());
                    if (entry.matches()) {
                        entries.add(new Entry(entry.group(1), entry.group(2).strip(), i + 1));
                    }
                }
                continue;
            }
            Matcher explained = EXPLAINED.matcher(line);
            // only in a sentence that says "must" (and not also "maybe"), of a mark that is no question mark
            if (found.isEmpty() && !label.matches() && explained.find() && line.split("\\s+").length >= 5
                    && !explained.group(1).matches(".[?？؟¿].") && MUST.matcher(line).find()
                    && !NOT_TOP.matcher(line.toLowerCase(Locale.ROOT)).find() && !WrittenTime.looksLikeTime(
                            line.replaceFirst("^[-*+>\\s]+", "")) && !explained.find()) {
                explained.reset().find();
                entries.add(new Entry(explained.group(1), line, i + 1));
                continue;
            }
            if (found.isEmpty() && label.matches()) {
                for (String part : label.group(1).split("\\s+[/·;|]\\s+|\\s*[·;|]\\s*|,\\s+")) {
                    Matcher entry = LABELLED_ENTRY.matcher(part.strip());
                    if (entry.matches()) {
                        entries.add(new Entry(unwrap(entry.group(1)), entry.group(2).strip(), i + 1));
                    }
                }
                continue;
            }
            // "CPU = 4 cores", "P99 = 200 ms" are notes: one entry alone is a legend only when its mark is a
            // symbol or a tag (!! = don't miss, #must = …), and a meaning starts with a word, not a number
            if (found.size() == 1 && line.substring(found.get(0)[0], found.get(0)[1]).matches("[\\p{L}\\p{N}]+")) {
                continue;
            }
            for (int k = 0; k < found.size(); k++) {
                int[] at = found.get(k);
                String meaning = line.substring(at[2], k + 1 < found.size() ? found.get(k + 1)[0] : line.length())
                        .replaceAll("[\\s·;,|　]+$", "").strip();
                String mark = unwrap(line.substring(at[0], at[1]));
                if (!mark.isEmpty() && meaning.codePoints().anyMatch(Character::isLetter)
                        && !Character.isDigit(meaning.codePointAt(0))) {
                    entries.add(new Entry(mark, meaning, i + 1));
                }
            }
        }
        return entries;
    }

    /** What a "must see" mark means, in the languages people wrote legends in. */
    private static final Pattern MUST = Pattern.compile("(?iu)must|don'?t miss|not to miss|essential|top priority"
            + "|high|unmissable|queue early|imperdible|sí o sí|si o si|obligatori|imprescindible|auf jeden fall|pflicht"
            + "|unbedingt|incontournable|coûte que coûte|absolument|obrigatório|imperdível|assolutamente|imperdibile"
            + "|koniecznie|obowiązkow|обязательно|zaroor|zaroori|꼭|필수|필참|必|絶対|ぜったい|絶対に|무조건"
            + "|no me pierdo|não perco|nicht verpassen|ne pas rater|da non perdere|niet missen");

    /** The mark the legend gives for "must see", if the notes write a legend. */
    static Optional<Entry> top(List<Entry> entries) {
        for (Entry entry : entries) { // the one whose meaning says it
            if (!entry.mark().startsWith("~~") && MUST.matcher(entry.meaning()).find()
                    && !NOT_TOP.matcher(entry.meaning().toLowerCase(Locale.ROOT)).find()) {
                return Optional.of(entry);
            }
        }
        for (Entry entry : entries) { // else the first, as legends go from most to least
            if (entry.mark().startsWith("~~")) {
                continue; // struck text is "not going"
            }
            return NOT_TOP.matcher(entry.meaning().toLowerCase(Locale.ROOT)).find() ? Optional.empty()
                    : Optional.of(entry);
        }
        return Optional.empty();
    }

    private static String unwrap(String mark) {
        if (mark.startsWith("**") || mark.startsWith("`")) {
            return mark.replaceAll("^[*`]+|[*`]+$", "").strip();
        }
        return mark.strip();
    }
}
