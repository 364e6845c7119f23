package dev.confcal.notes;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds the links on a line that mean a session: inline links, reference-style links ({@code [T][ref]}),
 * autolinks ({@code <https://…>}) and bare URLs, to the schedule sites of {@link SchedulePlatform} or to what the
 * front matter's {@code session-links:} pattern accepts.
 */
final class SessionLinkFinder {

    private static final Pattern BARE_URL = Pattern.compile("https?://[^\\s<>\"'`]+", Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.,;:!?'\")\\]]+$");

    /**
     * A link on the line.
     *
     * @param node    the Link, LinkRef or AutoLink, or the Text holding a bare URL
     * @param start   where it starts in the notes
     * @param end     where it ends
     * @param session the session it links to, or null when it aims at a session page but is not a valid one
     * @param site    for a broken link, what a valid one looks like
     */
    record Candidate(String url, Node node, int start, int end, SessionLink session, String site) {
        boolean broken() {
            return session == null;
        }
    }

    private final Document document;
    private final Pattern custom;

    SessionLinkFinder(Document document, Pattern custom) {
        this.document = document;
        this.custom = custom;
    }

    /** The session links anywhere in a text, as URLs: for the year they name, and in comments. */
    static Stream<SessionLink> sessionUrls(CharSequence text) {
        return BARE_URL.matcher(text).results()
                .map(m -> TRAILING_PUNCTUATION.matcher(m.group()).replaceFirst("").replaceFirst("\\).*$", ""))
                .map(SchedulePlatform::session).flatMap(Optional::stream);
    }

    /** The year the notes' session links name most often ({@code kccncosschn2023}), or null. */
    static Integer yearOf(CharSequence text) {
        Map<Integer, Long> years = sessionUrls(text).filter(link -> link.year() != null)
                .collect(Collectors.groupingBy(SessionLink::year, Collectors.counting()));
        return years.entrySet().stream()
                .max(Map.Entry.<Integer, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(null);
    }

    /** The session links on a line (its inline nodes), in order. */
    List<Candidate> find(List<Node> line) {
        List<Candidate> found = new ArrayList<>();
        ArrayDeque<Node> nodes = new ArrayDeque<>();
        for (int i = line.size() - 1; i >= 0; i--) {
            nodes.push(line.get(i));
        }
        while (!nodes.isEmpty()) {
            Node node = nodes.pop();
            if (node instanceof Link link) {
                classify(link.getUrl().toString(), node, node.getStartOffset(), node.getEndOffset()).ifPresent(found::add);
            } else if (node instanceof LinkRef ref) {
                Reference reference = ref.isDefined() ? ref.getReferenceNode(document) : null;
                if (reference != null) {
                    classify(reference.getUrl().toString(), node, node.getStartOffset(), node.getEndOffset())
                            .ifPresent(found::add);
                }
            } else if (node instanceof AutoLink auto) {
                classify(auto.getText().toString(), node, node.getStartOffset(), node.getEndOffset()).ifPresent(found::add);
            } else if (node instanceof Text) {
                bareUrls(node, found);
            } else if (!(node instanceof Image || node instanceof ImageRef || node instanceof HtmlInlineComment)) {
                List<Node> children = NotesText.children(node);
                for (int i = children.size() - 1; i >= 0; i--) {
                    nodes.push(children.get(i));
                }
            }
        }
        return found;
    }

    private void bareUrls(Node text, List<Candidate> found) {
        CharSequence chars = text.getChars();
        if (!chars.toString().contains("://")) {
            return;
        }
        Matcher m = BARE_URL.matcher(chars);
        while (m.find()) {
            String url = TRAILING_PUNCTUATION.matcher(m.group()).replaceFirst("");
            int start = text.getStartOffset() + m.start();
            classify(url, text, start, start + url.length()).ifPresent(found::add);
        }
    }

    /** A session link, a broken one, or nothing (a link to slides or a blog is just notes). */
    Optional<Candidate> classify(String url, Node node, int start, int end) {
        Optional<SessionLink> session = SchedulePlatform.session(url);
        if (session.isEmpty() && custom != null && custom.matcher(url).lookingAt()) {
            Optional<SessionLink> other = SessionLink.other(url);
            return Optional.of(new Candidate(url, node, start, end, other.orElse(null),
                    "a link that session-links matches, starting http:// or https://"));
        }
        if (session.isPresent()) {
            return Optional.of(new Candidate(url, node, start, end, session.get(), null));
        }
        return SchedulePlatform.aimedAt(url).map(site -> new Candidate(url, node, start, end, null, site.example));
    }
}
