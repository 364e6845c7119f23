package dev.confcal.schedule;

import java.text.Normalizer;
import java.util.Locale;

/** Track names as they appear in URLs ({@code /tracks/<slug>.ics}, {@code ?track=<slug>}). */
public final class Tracks {

    private Tracks() {
    }

    /**
     * {@code Security + Identity + Policy} → {@code security-identity-policy}; letters of any script are kept
     * ({@code 云原生} stays), accents are dropped, everything else becomes one {@code -}; at most 40 characters.
     */
    public static String slug(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}_]+", "-").replaceAll("^-+|-+$", "");
        if (slug.codePointCount(0, slug.length()) > 40) {
            slug = slug.substring(0, slug.offsetByCodePoints(0, 40)).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "track" : slug;
    }
}
