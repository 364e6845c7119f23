package dev.confcal.web;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.internal.HttpConnection;
import org.eclipse.jetty.util.component.ContainerLifeCycle;
import org.eclipse.jetty.util.thread.ScheduledExecutorScheduler;
import org.eclipse.jetty.util.thread.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What connections may hold. Jetty's idle timeout is reset by every byte, so a client that sends a header line
 * every 8 s was never closed, and 1,100 of them, with 1,024 descriptors, left /healthz probes unanswered.
 * <ul>
 * <li>A request's headers must all arrive within {@link #HEADER_DEADLINE} of its first byte; looked at every
 * {@link #SWEEP_EVERY}.</li>
 * <li>Past {@code soft} connections (the hard limit, Jetty's {@code NetworkConnectionLimit}, less {@link #RESERVE}),
 * each new one makes room: the connection that has waited longest for its headers, or sat idle longest, is closed —
 * never one whose request is being answered — so a probe of /healthz always gets in. When every connection is busy
 * with a request, a new one is a reserve connection: it may ask for /healthz alone
 * ({@link ReservedForProbes}).</li>
 * </ul>
 */
final class ConnectionGuard extends ContainerLifeCycle implements Connection.Listener {

    static final Duration HEADER_DEADLINE = Duration.ofSeconds(10);
    static final Duration SWEEP_EVERY = Duration.ofMillis(500);
    /** Descriptors kept for everything else: the ledger, the notes, the official schedule, Jetty's own. */
    static final int SPARE_DESCRIPTORS = 64;
    static final int RESERVE = 32;
    static final int MOST_CONNECTIONS = 10_000;
    private static final Logger LOG = LoggerFactory.getLogger(ConnectionGuard.class);

    /** Since when a connection has waited for headers, or been idle; 0 while a request is being answered. */
    private static final class Watched {
        volatile long waitingSince;
        volatile boolean readingHeaders;

        Watched(long now) {
            waitingSince = now;
        }
    }

    private final int hard;
    private final int soft;
    private final Scheduler scheduler;
    private final Map<Connection, Watched> open = new ConcurrentHashMap<>();
    private final Set<Connection> reserve = ConcurrentHashMap.newKeySet();
    private volatile Scheduler.Task sweep;

    ConnectionGuard(int hard) {
        this.hard = hard;
        this.soft = Math.max(1, hard - RESERVE);
        this.scheduler = new ScheduledExecutorScheduler("connection-guard", true);
        addBean(scheduler); // started and stopped with this
    }

    /** As many connections as the descriptors this process may still open allow, less a spare. */
    static int hardLimit() {
        try {
            if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.UnixOperatingSystemMXBean os) {
                long free = os.getMaxFileDescriptorCount() - os.getOpenFileDescriptorCount() - SPARE_DESCRIPTORS;
                return (int) Math.max(RESERVE + 16, Math.min(MOST_CONNECTIONS, free));
            }
        } catch (RuntimeException | LinkageError e) {
            // not a Unix JVM: the cap alone
        }
        return MOST_CONNECTIONS;
    }

    int hard() {
        return hard;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        schedule();
    }

    @Override
    protected void doStop() throws Exception {
        Scheduler.Task task = sweep;
        if (task != null) {
            task.cancel();
        }
        open.clear();
        reserve.clear();
        super.doStop();
    }

    private void schedule() {
        if (isRunning() || isStarting()) {
            sweep = scheduler.schedule(this::sweep, SWEEP_EVERY.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void onOpened(Connection connection) {
        if (!(connection instanceof HttpConnection)) {
            return;
        }
        open.put(connection, new Watched(System.nanoTime()));
        if (open.size() > soft && !makeRoom(connection)) {
            reserve.add(connection);
        }
    }

    @Override
    public void onClosed(Connection connection) {
        open.remove(connection);
        reserve.remove(connection);
    }

    /** Whether the connection may ask for /healthz alone. */
    boolean reserved(Connection connection) {
        return reserve.contains(connection);
    }

    /** Waiting for a request (idle) or for the rest of its headers: not being answered. */
    private static boolean waiting(Connection connection) {
        HttpParser.State state = ((HttpConnection) connection).getParser().getState();
        return state.ordinal() < HttpParser.State.CONTENT.ordinal();
    }

    /** Closes headers that missed their deadline; notes which connections wait, and since when. */
    private void sweep() {
        try {
            long now = System.nanoTime();
            for (Map.Entry<Connection, Watched> entry : open.entrySet()) {
                Watched watched = entry.getValue();
                HttpParser.State state = ((HttpConnection) entry.getKey()).getParser().getState();
                boolean headers = state.ordinal() > HttpParser.State.START.ordinal()
                        && state.ordinal() < HttpParser.State.CONTENT.ordinal();
                boolean waiting = headers || state == HttpParser.State.START;
                if (!waiting) {
                    watched.waitingSince = 0; // a request is being read or answered
                } else if (watched.waitingSince == 0 || headers != watched.readingHeaders) {
                    watched.waitingSince = now;
                }
                watched.readingHeaders = headers;
                if (headers && now - watched.waitingSince > HEADER_DEADLINE.toNanos()) {
                    LOG.debug("closing {}: its headers took longer than {}", entry.getKey(), HEADER_DEADLINE);
                    entry.getKey().getEndPoint().close();
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("looking at the connections failed: {}", e.toString());
        } finally {
            schedule();
        }
    }

    /** Closes the connection that has waited longest (for headers, or idle), other than {@code newcomer}. */
    private boolean makeRoom(Connection newcomer) {
        Connection longest = null;
        long since = Long.MAX_VALUE;
        for (Map.Entry<Connection, Watched> entry : open.entrySet()) {
            long waiting = entry.getValue().waitingSince;
            if (entry.getKey() != newcomer && waiting != 0 && waiting < since && waiting(entry.getKey())) {
                longest = entry.getKey();
                since = waiting;
            }
        }
        if (longest == null) {
            return false;
        }
        open.remove(longest);
        longest.getEndPoint().close();
        return true;
    }
}
