package dev.confcal.cli;

import dev.confcal.publish.LiveEdition;
import dev.confcal.publish.PublishPolicy;
import dev.confcal.publish.UnreadableNotesException;
import dev.confcal.publish.following.ScheduleFollowing;
import dev.confcal.publish.ledger.Ledger;
import dev.confcal.publish.ledger.LedgerWriteException;
import dev.confcal.publish.ledger.UnusableLedgerException;
import dev.confcal.publish.runtime.HeapAlarm;
import dev.confcal.schedule.Problem;
import dev.confcal.web.WebApp;
import dev.confcal.web.WebOptions;
import dev.confcal.web.feed.BaseUrl;
import io.javalin.Javalin;
import io.javalin.util.JavalinBindException;
import io.javalin.util.JavalinLogger;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true, abbreviateSynopsis = true, descriptionHeading = "%n",
        header = "Serves the feeds and a page to subscribe from, and publishes every safe edit of the notes.",
        description = {"Serves the feeds over HTTP (/calendar.ics, /starred.ics, /tracks/<track>.ics,"
                + " /sessions/<id>.ics and /sessions.json), the landing page at / and the server's health at /healthz,"
                + " and reloads them when the notes change. An edit with errors never replaces what is published;"
                + " one that removes sessions is published once the notes have stayed the same for a while (--settle,"
                + " --confirm-removals). Stop it with Ctrl-C or SIGTERM: responses under way are finished first."},
        parameterListHeading = "%nArguments:%n", optionListHeading = "%nOptions:%n",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped by Ctrl-C or SIGTERM",
                "2:unusable input: a missing or unreadable notes file, a bad option, a port in use, a ledger that is"
                        + " not confcal's or that another confcal holds",
                "3:confcal itself failed: the ledger could not be written, or a bug"},
        footerHeading = "%nExamples:%n",
        footer = {"Your notes at http://localhost:8080/, reloaded whenever you save them:",
                "confcal serve my-notes.md",
                "Behind a reverse proxy that terminates TLS, with the ledger on a volume:",
                "confcal serve --trust-proxy --state /data/confcal-state.json my-notes.md",
                "With rooms and exact times from the conference's official schedule:",
                "confcal serve --schedule auto --port 9000 my-notes.md"})
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "${env:PORT:-8080}", converter = Values.Port.class,
            description = "Port to listen on, 0 for any free one (default: $PORT, else 8080).")
    int port;

    @Option(names = "--base-url", paramLabel = "URL", defaultValue = "${env:BASE_URL}",
            description = "The address people use, for the links on the page, such as https://cal.example.com"
                    + " (default: $BASE_URL; else, with --trust-proxy, what the proxy forwards; else the address"
                    + " the request came in on).")
    String baseUrl;

    @Option(names = "--trust-proxy", paramLabel = "true|false", defaultValue = "${env:TRUST_PROXY:-false}",
            fallbackValue = "true", arity = "0..1",
            description = "Behind a reverse proxy that sets Forwarded or X-Forwarded-Proto, X-Forwarded-Host and"
                    + " X-Forwarded-Prefix: take the page's links from them (default: $TRUST_PROXY, else false).")
    boolean trustProxy;

    @Option(names = "--state", paramLabel = "PATH",
            description = "The ledger of what was published, which keeps SEQUENCE growing and removed sessions"
                    + " cancelled (default: .confcal/NOTES.json in the notes' folder; in memory for the bundled"
                    + " notes).")
    Path state;

    @Option(names = "--quiet", description = "No access log.")
    boolean quiet;

    @Option(names = "--poll", paramLabel = "MS", defaultValue = "500",
            description = "How often to look for changes of the notes file, in milliseconds (default:"
                    + " ${DEFAULT-VALUE}).")
    long pollMillis;

    @Option(names = "--settle", paramLabel = "MS", defaultValue = "5000",
            description = "How long an edit that removes sessions, or looks half-written, must stay unchanged before"
                    + " it is published, in milliseconds (default: ${DEFAULT-VALUE}).")
    long settleMillis;

    @Option(names = "--confirm-removals", paramLabel = "MS", defaultValue = "30000",
            description = "How long an edit that removes many sessions at once (more than a quarter, and more than 3)"
                    + " must stay unchanged before it is published, in milliseconds (default: ${DEFAULT-VALUE}).")
    long confirmMillis;

    @Option(names = "--schedule-refresh", paramLabel = "MINUTES", defaultValue = "30",
            description = "How often to fetch the official schedule again (default: ${DEFAULT-VALUE}; sooner, backing"
                    + " off, after a failure).")
    long refreshMinutes;

    @Mixin
    NotesOptions notes;

    @Spec
    CommandSpec spec;

    private static final long DAY_MILLIS = Duration.ofDays(1).toMillis();

    private final Clock clock;

    ServeCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() throws IOException, UnusableLedgerException, UnreadableNotesException {
        StartupPhases.mark("command");
        ClassWarmUp.start("serve-classes.txt");
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        WebOptions options;
        try {
            options = new WebOptions(baseUrl == null || baseUrl.isBlank() ? null : BaseUrl.parse(baseUrl), trustProxy,
                    !quiet, WebOptions.defaultCacheBytes());
        } catch (IllegalArgumentException e) {
            throw CommandFailure.unusable("--base-url " + e.getMessage());
        }
        Values.require(spec, "--poll", pollMillis, 50, DAY_MILLIS, "50 to " + DAY_MILLIS + " ms (a day)");
        Values.require(spec, "--settle", settleMillis, 0, DAY_MILLIS, "0 to " + DAY_MILLIS + " ms (a day)");
        Values.require(spec, "--confirm-removals", confirmMillis, 0, DAY_MILLIS, "0 to " + DAY_MILLIS
                + " ms (a day)");
        Values.require(spec, "--schedule-refresh", refreshMinutes, 1, 7 * 24 * 60, "1 to 10080 minutes (a week)");
        PublishPolicy policy = new PublishPolicy(Duration.ofMillis(settleMillis), Duration.ofMillis(confirmMillis));
        if (notes.isFolder()) {
            notes.refuseForFolder(state);
            FolderServe folder = FolderServe.start(notes.notes, notes, clock, policy, Duration.ofMillis(pollMillis),
                    Duration.ofMinutes(refreshMinutes), err);
            Javalin app = WebApp.create(folder.editions(), options);
            listen(app, folder, err);
            out.printf("confcal: serving %d conferences (%d sessions) from %s at http://localhost:%d/%n",
                    folder.conferences(), folder.sessions(), notes.notes, app.port());
            return waitFor(app, options, out);
        }
        Ledger ledger = NotesAndLedger.ledger(notes, state, NotesAndLedger.ledgerPath(notes, state, null), err);
        StartupPhases.mark("ledger");
        LiveEdition live;
        try {
            live = LiveEdition.load(notes.source(), year -> notes.parser(clock, year), ledger, clock, policy,
                    notes.following(clock, ledger.status().path(), ScheduleFollowing.Mode.BACKGROUND,
                            Duration.ofMinutes(refreshMinutes)));
        } catch (UnreadableNotesException | LedgerWriteException e) {
            ledger.close();
            throw e;
        }
        StartupPhases.mark("notes");
        for (Problem problem : live.state().problems()) {
            err.println(ProblemLines.located(problem));
        }
        live.watch(Duration.ofMillis(pollMillis));
        Thread.UncaughtExceptionHandler uncaught = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> { // a thread killed by OutOfMemoryError fails /healthz
            HeapAlarm.jvm().seen(e);
            if (uncaught != null) {
                uncaught.uncaughtException(thread, e);
            } else {
                thread.getThreadGroup().uncaughtException(thread, e);
            }
        });
        Javalin app = WebApp.create(live, options);
        listen(app, live, err);
        out.printf("confcal: serving %d sessions from %s at http://localhost:%d/%n",
                live.edition().schedule().sessions().size(), notes.source().name(), app.port());
        return waitFor(app, options, out);
    }

    /** Starts listening, and stops the server and closes what it serves on SIGTERM or Ctrl-C. */
    private void listen(Javalin app, AutoCloseable served, PrintWriter err) {
        try {
            startQuietly(app, port);
        } catch (Exception e) { // Javalin rethrows checked exceptions unchecked
            String why = e instanceof JavalinBindException || portTaken(port) ? "address already in use"
                    : rootMessage(e);
            app.stop();
            closeQuietly(served);
            throw CommandFailure.unusable("cannot listen on port " + port + ": " + why);
        }
        StartupPhases.mark("listening");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                app.stop(); // waits up to 10 s for responses in progress, then closes the rest
            } catch (RuntimeException e) {
                err.println("confcal: stopped with responses still in progress (" + e.getMessage() + ")");
            } finally {
                closeQuietly(served);
            }
        }, "shutdown"));
    }

    private static void closeQuietly(AutoCloseable served) {
        try {
            served.close();
        } catch (Exception e) {
            // stopping anyway: what could not be closed is released with the process
        }
    }

    private static int waitFor(Javalin app, WebOptions options, PrintWriter out) {
        if (options.baseUrl() != null) {
            out.printf("confcal: links on the page use %s%n", options.baseUrl());
        } else if (options.trustProxy()) {
            out.println("confcal: links on the page follow the proxy's Forwarded / X-Forwarded-* headers");
        }
        out.flush();
        try {
            app.jettyServer().server().join(); // until SIGTERM or Ctrl-C stops it
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return ExitCodes.OK;
    }

    /**
     * Starts the server without Javalin's own "Failed to start Javalin" ERROR line (with the exception's text) on a
     * port in use: confcal says it in one line of its own. Only the start is quiet; what Javalin logs while it serves
     * is logged as configured.
     */
    private static void startQuietly(Javalin app, int port) {
        boolean logging = JavalinLogger.enabled;
        JavalinLogger.enabled = false;
        try {
            app.start(port);
        } finally {
            JavalinLogger.enabled = logging;
        }
    }

    /** Jetty reports a taken port as "STOPPED"; ask the operating system instead. */
    @SuppressWarnings("try") // the socket is opened only to see whether the port is free
    private static boolean portTaken(int port) {
        try (java.net.ServerSocket probe = new java.net.ServerSocket(port)) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    /** The most specific cause's message. */
    private static String rootMessage(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.net.BindException) {
                return cause.getMessage().toLowerCase(java.util.Locale.ROOT);
            }
            for (Throwable suppressed : cause.getSuppressed()) {
                if (suppressed instanceof java.net.BindException) {
                    return suppressed.getMessage().toLowerCase(java.util.Locale.ROOT);
                }
            }
        }
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage());
    }
}
