package dev.confcal.web.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How the landing page's keyword fields are read, word by word: separated by spaces or commas (ASCII or the
 * full-width and ideographic ones a Chinese keyboard types), a phrase in double quotes kept whole.
 */
final class FormWords {

    static final String PATTERN = "\"([^\"]*)\"|[^\\s\\u3000,\\uFF0C\\u3001\"]+";
    private static final Pattern WORD = Pattern.compile(PATTERN);

    private FormWords() {
    }

    /** The words a keyword field holds: {@code wasm "service mesh",istio} is wasm, service mesh and istio. */
    static List<String> split(String field) {
        List<String> words = new ArrayList<>();
        var matcher = WORD.matcher(field);
        while (matcher.find()) {
            String word = (matcher.group(1) != null ? matcher.group(1) : matcher.group()).strip();
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }
}
