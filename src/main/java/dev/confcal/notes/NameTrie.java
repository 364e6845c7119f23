package dev.confcal.notes;

import java.util.Arrays;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Many names, found where they stand in a text: the longest name that starts at a place and stands as a word
 * there ({@link NameFold#runsOn}: names in scripts written without spaces need not). Keys are folded
 * ({@link NameFold#fold}) and so must the text be. Built once, then only read: safe to share between threads.
 *
 * <p>A trie kept in arrays: its edges in one open-addressing table from (node, character) to node, so that tens of
 * thousands of names cost a few megabytes and a lookup a few array reads per character.
 *
 * @param <V> what a name stands for
 */
final class NameTrie<V> {

    /** A name found: where it starts and ends in the text, and what it stands for. */
    record Match<V>(int start, int end, V value) {
    }

    private long[] edgeKeys = new long[1 << 12];
    private int[] edgeNodes = new int[1 << 12];
    private int edges;
    private Object[] values = new Object[1 << 10];
    private int nodes = 1;

    /**
     * Gives a name its value: {@code merge} receives the name's present value (null if none) and returns the new.
     */
    void merge(String key, UnaryOperator<V> merge) {
        int node = 0;
        for (int i = 0; i < key.length(); i++) {
            int child = child(node, key.charAt(i));
            if (child < 0) {
                child = nodes++;
                if (child == values.length) {
                    values = Arrays.copyOf(values, values.length * 2);
                }
                addEdge(node, key.charAt(i), child);
            }
            node = child;
        }
        values[node] = merge.apply(value(node));
    }

    /** Changes every value (nulls drop the name); for the checks made once all names are in. */
    void replaceAll(Function<V, V> change) {
        for (int node = 0; node < nodes; node++) {
            if (values[node] != null) {
                values[node] = change.apply(value(node));
            }
        }
    }

    /** The longest name that starts at {@code from} and stands as a word there, or null. */
    Match<V> longest(String text, int from) {
        if (from > 0 && NameFold.wordChar(text.codePointBefore(from)) && !NameFold.runsOn(text.codePointAt(from))) {
            return null;
        }
        int node = 0;
        Match<V> best = null;
        for (int i = from; i < text.length(); i++) {
            node = child(node, text.charAt(i));
            if (node < 0) {
                break;
            }
            V value = value(node);
            if (value != null && standsAt(text, from, i + 1)) {
                best = new Match<>(from, i + 1, value);
            }
        }
        return best;
    }

    /**
     * Whether the name from {@code start} to {@code end} stands there: a name in a script written with spaces must
     * be a word (no letter or mark right before or after it, no digit after a final digit); one in a script
     * written without them may run on into the words around it ({@code 東京国際フォーラム}), unless it is two
     * kana, hangul or Thai letters long and they are of its own script ({@code マリ} is not Mali in
     * {@code マリオット}). Two Chinese characters are a name wherever they stand.
     */
    static boolean standsAt(String text, int start, int end) {
        int first = text.codePointAt(start);
        int last = text.codePointBefore(end);
        if (!NameFold.runsOn(first) && start > 0 && NameFold.wordChar(text.codePointBefore(start))) {
            return false;
        }
        if (end < text.length()) {
            int next = text.codePointAt(end);
            if (Character.isDigit(last) && Character.isDigit(next)) {
                return false;
            }
            if (!NameFold.runsOn(last) && NameFold.wordChar(next)) {
                return false;
            }
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(first);
        if (NameFold.runsOn(first) && end - start <= 2 && script != Character.UnicodeScript.HAN) {
            return (start == 0 || Character.UnicodeScript.of(text.codePointBefore(start)) != script)
                    && (end == text.length() || Character.UnicodeScript.of(text.codePointAt(end)) != script);
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    private V value(int node) {
        return (V) values[node];
    }

    private int child(int node, char c) {
        long key = ((long) node << 16) | c;
        int mask = edgeKeys.length - 1;
        for (int slot = hash(key) & mask; ; slot = (slot + 1) & mask) {
            if (edgeNodes[slot] == 0) {
                return -1;
            }
            if (edgeKeys[slot] == key) {
                return edgeNodes[slot];
            }
        }
    }

    private void addEdge(int node, char c, int child) {
        if ((edges + 1) * 2 > edgeKeys.length) {
            long[] keys = edgeKeys;
            int[] children = edgeNodes;
            edgeKeys = new long[keys.length * 2];
            edgeNodes = new int[keys.length * 2];
            for (int i = 0; i < keys.length; i++) {
                if (children[i] != 0) {
                    put(keys[i], children[i]);
                }
            }
        }
        put(((long) node << 16) | c, child);
        edges++;
    }

    private void put(long key, int child) {
        int mask = edgeKeys.length - 1;
        int slot = hash(key) & mask;
        while (edgeNodes[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        edgeKeys[slot] = key;
        edgeNodes[slot] = child;
    }

    private static int hash(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
