package dev.confcal.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every address of this server that a page hands out, as path and query: its links, the feed URL box, the
 * buttons' data, and the feed URLs carried inside the calendar services' links (Outlook's {@code url=}, Google's
 * {@code cid=webcal://…}). A test fetches each: no link on the page may answer 400.
 */
final class PageLinks {

    private static final Pattern ATTRIBUTE = Pattern.compile("(?:href|value|data-feed|data-download)=\"([^\"]*)\"");
    private static final Pattern PARAMETER = Pattern.compile("[?&](?:url|cid)=([^&]*)");

    private PageLinks() {
    }

    /** @param origin {@code http://localhost:1234}: the server whose addresses are collected */
    static Set<String> onServer(String html, String origin) {
        Set<String> found = new LinkedHashSet<>();
        Matcher attribute = ATTRIBUTE.matcher(html);
        while (attribute.find()) {
            String value = attribute.group(1).replace("&amp;", "&");
            add(found, value, origin);
            Matcher parameter = PARAMETER.matcher(value);
            while (parameter.find()) {
                add(found, URLDecoder.decode(parameter.group(1), StandardCharsets.UTF_8), origin);
            }
        }
        return found;
    }

    private static void add(Set<String> found, String url, String origin) {
        String http = url.replaceFirst("^webcal://", "http://").replaceFirst("#.*", "");
        if (http.startsWith(origin + "/")) {
            found.add(http.substring(origin.length()));
        } else if (http.startsWith("/") && !http.startsWith("//")) {
            found.add(http);
        }
    }
}
