package dev.confcal.schedule;

/**
 * How many edits turn one word into another — insert, delete, replace, or swap two neighbours ({@code --prot} →
 * {@code --port} is one) — for "did you mean" in both the command line and the page's empty-selection hint.
 */
public final class EditDistance {

    private EditDistance() {
    }

    public static int between(String a, String b) {
        return between(a, b, Integer.MAX_VALUE);
    }

    /** The distance, or {@code limit} as soon as it is certain to be at least that (long words cost less). */
    public static int between(String a, String b, int limit) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int rowMin = d[i][0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
                rowMin = Math.min(rowMin, d[i][j]);
            }
            if (rowMin >= limit) {
                return limit;
            }
        }
        return Math.min(d[a.length()][b.length()], limit);
    }
}
