package dev.confcal.web.page;

import java.util.ArrayList;
import java.util.List;

/**
 * Marks the words a keyword filter matched in a piece of the page's HTML ({@code <mark>wasm</mark>}), so a
 * person sees why each session is listed. Only text between tags is searched, never a tag or an attribute; the
 * text is searched as the reader sees it (entities decoded) and the original bytes are kept around each match,
 * so the markup stays exactly as escaped as it was. Matching is case-insensitive, as the filter's is.
 */
final class Highlighter {

    static final String OPEN = "<mark>";
    static final String CLOSE = "</mark>";

    private Highlighter() {
    }

    static String mark(String html, List<String> keywords) {
        if (keywords.isEmpty()) {
            return html;
        }
        StringBuilder out = null;
        int copied = 0;
        int i = 0;
        while (i < html.length()) {
            int tag = html.indexOf('<', i);
            int textEnd = tag < 0 ? html.length() : tag;
            if (textEnd > i) {
                String marked = markText(html.substring(i, textEnd), keywords);
                if (marked != null) {
                    out = out == null ? new StringBuilder(html.length() + 64) : out;
                    out.append(html, copied, i).append(marked);
                    copied = textEnd;
                }
            }
            if (tag < 0) {
                break;
            }
            int close = html.indexOf('>', tag);
            i = close < 0 ? html.length() : close + 1;
        }
        return out == null ? html : out.append(html, copied, html.length()).toString();
    }

    /** The escaped text with its matches marked, or null when nothing matches. */
    private static String markText(String escaped, List<String> keywords) {
        StringBuilder decoded = new StringBuilder(escaped.length());
        int[] from = new int[escaped.length() + 1];
        int[] to = new int[escaped.length() + 1];
        for (int i = 0; i < escaped.length(); ) {
            int next = i + 1;
            char c = escaped.charAt(i);
            if (c == '&') {
                int semicolon = escaped.indexOf(';', i);
                if (semicolon > i && semicolon - i <= 10) {
                    c = entity(escaped.substring(i + 1, semicolon));
                    next = semicolon + 1;
                }
            }
            from[decoded.length()] = i;
            to[decoded.length()] = next;
            decoded.append(c);
            i = next;
        }
        List<int[]> matches = matches(decoded.toString(), keywords);
        if (matches.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder(escaped.length() + matches.size() * 13);
        int copied = 0;
        for (int[] match : matches) {
            int start = from[match[0]];
            int end = to[match[1] - 1];
            out.append(escaped, copied, start).append(OPEN).append(escaped, start, end).append(CLOSE);
            copied = end;
        }
        return out.append(escaped, copied, escaped.length()).toString();
    }

    /** Every keyword's occurrences, overlapping ones merged, in order: {@code [start, end)} in the text. */
    private static List<int[]> matches(String text, List<String> keywords) {
        boolean[] marked = new boolean[text.length()];
        boolean any = false;
        for (String keyword : keywords) {
            if (keyword.isEmpty()) {
                continue;
            }
            for (int at = 0; at + keyword.length() <= text.length(); at++) {
                if (text.regionMatches(true, at, keyword, 0, keyword.length())) {
                    java.util.Arrays.fill(marked, at, at + keyword.length(), true);
                    any = true;
                }
            }
        }
        List<int[]> matches = new ArrayList<>();
        if (!any) {
            return matches;
        }
        for (int i = 0; i < marked.length; i++) {
            if (marked[i]) {
                int start = i;
                while (i < marked.length && marked[i]) {
                    i++;
                }
                matches.add(new int[] {start, i});
            }
        }
        return matches;
    }

    /** The character an entity stands for; one that cannot be part of a keyword when it is not known. */
    private static char entity(String name) {
        switch (name) {
            case "amp": return '&';
            case "lt": return '<';
            case "gt": return '>';
            case "quot": return '"';
            case "apos": return '\'';
            case "nbsp": return ' ';
            default:
                try {
                    int code = name.startsWith("#x") || name.startsWith("#X") ? Integer.parseInt(name.substring(2), 16)
                            : name.startsWith("#") ? Integer.parseInt(name.substring(1)) : -1;
                    return code >= 0 && code < Character.MIN_SUPPLEMENTARY_CODE_POINT ? (char) code : '\uFFFF';
                } catch (NumberFormatException e) {
                    return '\uFFFF';
                }
        }
    }
}
