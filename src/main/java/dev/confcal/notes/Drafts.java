package dev.confcal.notes;

import com.vladsch.flexmark.ast.Paragraph;
import dev.confcal.schedule.ProblemCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sessions read so far, and the one whose notes are being gathered. A session line starts one, on its day
 * and at its time (its own, or its time heading's); a second copy of a session is ignored; a session link that
 * stands after other text is remembered, to be reported if no session line names it.
 */
final class Drafts {

    private record MentionAt(SessionLine.Mention mention, int line) {
    }

    private final Timeline timeline;
    private final Problems problems;
    private final List<Draft> drafts = new ArrayList<>();
    private final Map<String, Integer> seen = new HashMap<>();
    private final List<MentionAt> mentions = new ArrayList<>();
    private Draft current;
    /** Whether the open session is a time heading's text, which gives way to a session linked under it. */
    private boolean tentative;
    /** Whether the tentative session's title is the one a bare link below it lacks. */
    private boolean titleForLink;
    private boolean headingTitle;

    /** The open session is no longer tentative: a session after it starts a session of its own. */
    void settle() {
        tentative = false;
        titleForLink = false;
    }

    /** The open tentative session's title goes to a bare session link that follows in its slot. */
    void offerTitle() {
        titleForLink = tentative;
    }
    /** A time the item's properties give ({@code time:: 10:30-11:00}, Logseq's way), for its first line. */
    private WrittenTime.Read propertyTime;
    /** The property time the open session took, given on to a session link that replaces it if it is tentative. */
    private WrittenTime.Read tentativeProperty;

    void propertyTime(WrittenTime.Read time) {
        propertyTime = time;
    }

    Drafts(Timeline timeline, Problems problems) {
        this.timeline = timeline;
        this.problems = problems;
    }

    /**
     * @param level     the heading level of a session written as a heading, else 0
     * @param paragraph the paragraph the line stands in, or null
     */
    void start(SessionLine.Found found, int line, int level, Paragraph paragraph) {
        if (tentative && current != null) {
            seen.remove(current.link.id());
            if (found.title() == null && titleForLink) { // a title pasted from sched above its bare link
                found = new SessionLine.Found(found.link(), String.join(" | ", current.text.titles()),
                        found.starred() || current.starred, found.time(), found.suffix(), found.remark(),
                        found.remarkPlain());
            }
            // a heading's title above its link: the session is the heading's, so a heading of that level ends it
            level = Math.max(level, headingTitle ? 0 : current.level);
            if (propertyTime == null) {
                propertyTime = tentativeProperty; // the item's time:: is the link's, not only its title's
            }
            current = null; // "### 10:00 Room A" above a session link is its slot, not a session
        }
        tentative = false;
        titleForLink = false;
        finish();
        timeline.slotUsed();
        tentativeProperty = null;
        if (found.time() == null && propertyTime != null) {
            found = new SessionLine.Found(found.link(), found.title(), found.starred(), propertyTime.time(),
                    propertyTime.suffix(), found.remark(), found.remarkPlain());
            tentativeProperty = propertyTime;
        }
        propertyTime = null;
        SessionLink link = found.link();
        String title = found.title();
        if (title == null) {
            title = link.slugTitle() != null ? link.slugTitle() : "Session " + link.id();
        }
        LinkText text = LinkText.parse(title);
        String name = "session \"" + text.titles().get(text.titles().size() - 1) + "\"";
        Integer first = seen.putIfAbsent(link.id(), line);
        if (first != null) {
            problems.add(ProblemCode.DUPLICATE_SESSION, line, name, link.id(), first);
            return;
        }
        if (found.title() == null) {
            problems.add(ProblemCode.TITLE_FROM_URL, line, link.id(), title);
        }
        if (timeline.day() == null) {
            if (!timeline.sawDay()) {
                problems.add(ProblemCode.SESSION_BEFORE_DAY, line, name);
            }
            return; // else its day heading could not be read, and says so
        }
        current = found.time() != null ? ownTime(found, text, line, level, name)
                : slotTime(found, text, line, level, name);
        if (current != null && !found.remark().isEmpty()) {
            current.notes.add(new NotesText.Remark(found.remark(), found.remarkPlain(), paragraph));
        }
    }

    /**
     * A session the notes name without a link, at its own time or (null) its slot's.
     *
     * @param tentative whether it is a time heading's text, dropped if a session link follows in its slot
     */
    void startUnlinked(String title, boolean starred, WrittenTime time, ZoneSuffix suffix, int line, int level,
                       Paragraph paragraph, boolean tentative) {
        startUnlinked(title, null, starred, time, suffix, line, level, paragraph, tentative);
    }

    /** @param url the talk's page, when its line links one that no schedule platform's rule knows, or null */
    void startUnlinked(String title, String url, boolean starred, WrittenTime time, ZoneSuffix suffix, int line,
                       int level, Paragraph paragraph, boolean tentative) {
        if (timeline.day() == null && timeline.sawDay()) {
            finish();
            return; // its day heading could not be read, and says so
        }
        SessionLink link = (url == null ? java.util.Optional.<SessionLink>empty() : SessionLink.other(url))
                .orElseGet(() -> SessionLink.unlinked(problems.source(), timeline.day(), title));
        headingTitle = tentative && level > 0;
        try {
            start(new SessionLine.Found(link, title, starred, time, suffix, "", ""), line, level, paragraph);
        } finally {
            headingTitle = false;
        }
        this.tentative = tentative && current != null;
    }

    /** A session link struck out: said, and not in the calendar. */
    void crossed(SessionLine.Crossed crossed, int line) {
        close();
        seen.putIfAbsent(crossed.link().id(), line);
        problems.add(ProblemCode.CROSSED_OUT, line, crossed.title() != null ? crossed.title() : crossed.link().url());
    }

    /** A line that is no session (a break, a crossed-out talk): the session before it ends. */
    void close() {
        tentative = false;
        finish();
    }

    private Draft ownTime(SessionLine.Found found, LinkText title, int line, int level, String name) {
        WrittenTime time = timeline.afterNoon(found.time(), "the time " + found.time().start() + " of " + name, line);
        LocalDate date = timeline.dateOf(time.start(), "the time " + time.start() + " of " + name, line);
        return new Draft(found.link(), title, found.starred(), line, date, time, line, found.suffix(), null,
                level);
    }

    private Draft slotTime(SessionLine.Found found, LinkText title, int line, int level, String name) {
        TimeHeading slot = timeline.slot();
        if (slot == null || timeline.slotDate() == null) {
            if (!timeline.sawSlot()) {
                problems.add(ProblemCode.SESSION_WITHOUT_TIME, line, name);
            }
            return null; // else its time heading could not be read, and says so
        }
        // a time heading's own text, read as its session's title, is not also where it is
        String location = headingTitle ? null : slot.location();
        return new Draft(found.link(), title, found.starred(), line, timeline.slotDate(), slot.time(),
                timeline.slotLine(), slot.suffix(), location, level);
    }

    /** A line that looks like a session but cannot be read: reported, and what follows is nobody's notes. */
    void broken(SessionLine.Broken broken, int line) {
        finish();
        problems.add(broken.code(), line, broken.details());
    }

    void mention(SessionLine.Mention mention, int line) {
        mentions.add(new MentionAt(mention, line));
    }

    /** Notes of the open session, if one is open (text before the first session is nobody's). */
    void notes(NotesText.Fragment fragment) {
        if (current != null) {
            current.notes.add(fragment);
        }
    }

    /** The line the open session starts at, or 0. */
    int line() {
        return current == null ? 0 : current.line;
    }

    boolean open() {
        return current != null;
    }

    /** The heading level of the open session if it is a heading, else 0. */
    int level() {
        return current == null ? 0 : current.level;
    }

    void finish() {
        tentative = false;
        titleForLink = false;
        if (current != null) {
            drafts.add(current);
            current = null;
        }
    }

    /** All the sessions, once the walk is over; mentions of sessions no line names are reported. */
    List<Draft> all() {
        finish();
        for (MentionAt at : mentions) {
            if (!seen.containsKey(at.mention().link().id())) {
                String before = at.mention().before();
                problems.add(ProblemCode.SESSION_LINK_IN_TEXT, at.line(), at.mention().link().url(),
                        before.length() > 40 ? before.substring(0, 39) + "…" : before);
            }
        }
        return List.copyOf(drafts);
    }
}
