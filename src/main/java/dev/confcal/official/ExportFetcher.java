package dev.confcal.official;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches a schedule export over HTTP: a conditional GET (ETag, Last-Modified), bounded in time (connect and
 * total) and size, redirects followed by hand so each hop is checked against the source's rule. Never throws for
 * what the network or the server does: every outcome is a value that says what happened.
 */
public final class ExportFetcher {

    /** What the last good copy was served with, for a conditional GET. */
    public record Validators(String etag, String lastModified) {
        public static final Validators NONE = new Validators(null, null);
    }

    /** What a fetch gives. */
    public sealed interface Outcome permits Fetched, NotModified, Failed {
    }

    /** A new copy: the bytes still have to be read ({@link ExportReader}) before they replace anything. */
    public record Fetched(byte[] body, Validators validators) implements Outcome {
    }

    /** The copy we have is current (304). */
    public record NotModified() implements Outcome {
    }

    /**
     * @param reason for anyone, the page included: {@code HTTP 503}, {@code no answer within 30 s}, … — the kind of
     *               failure, never a host, address or message that could name the operator's network
     * @param detail for the operator's log: the other host, the exception's message; or null
     */
    public record Failed(String reason, String detail) implements Outcome {
        public Failed(String reason) {
            this(reason, null);
        }
    }

    /**
     * @param connectTimeout to open a connection
     * @param totalTimeout   for the whole exchange, body included, per hop
     * @param maxBytes       a larger body is abandoned as it arrives
     */
    public record Limits(Duration connectTimeout, Duration totalTimeout, int maxBytes, int maxRedirects) {
        public static final Limits DEFAULT = new Limits(Duration.ofSeconds(5), Duration.ofSeconds(30),
                ExportReader.LARGEST, 5);
    }

    private static final String USER_AGENT = "confcal (conference notes to calendar feeds)";

    private final Limits limits;
    /** Built on the first fetch: a client loads the TLS trust store (0.3 s at start-up), mostly for nothing. */
    private HttpClient client;

    public ExportFetcher(Limits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    private synchronized HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder()
                    .connectTimeout(limits.connectTimeout())
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .version(HttpClient.Version.HTTP_1_1)
                    .build();
        }
        return client;
    }

    public Outcome fetch(ExportSource.Remote source, Validators previous) {
        URI uri = source.uri();
        for (int hop = 0; hop <= limits.maxRedirects(); hop++) {
            HttpResponse<byte[]> response;
            try {
                response = exchange(uri, previous);
            } catch (Refusal refusal) {
                return new Failed(refusal.getMessage(), refusal.detail);
            }
            int status = response.statusCode();
            if (status == 304) {
                return new NotModified();
            }
            if (status == 200) {
                HttpHeaders headers = response.headers();
                return new Fetched(response.body(), new Validators(headers.firstValue("ETag").orElse(null),
                        headers.firstValue("Last-Modified").orElse(null)));
            }
            if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
                URI next = location(uri, response.headers());
                if (next == null) {
                    return new Failed("HTTP " + status + " without a usable Location");
                }
                if (!source.mayRedirectTo(next)) {
                    return new Failed("redirected to another host or scheme; not followed", "redirected to "
                            + next.getScheme() + "://" + next.getHost() + ", which is not " + source.uri().getHost());
                }
                uri = next;
                continue;
            }
            return new Failed("HTTP " + status);
        }
        return new Failed("more than " + limits.maxRedirects() + " redirects");
    }

    private HttpResponse<byte[]> exchange(URI uri, Validators previous) throws Refusal {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET()
                .timeout(limits.totalTimeout())
                .header("User-Agent", USER_AGENT)
                .header("Accept", "text/calendar, */*;q=0.5");
        if (previous.etag() != null) {
            request.header("If-None-Match", previous.etag());
        }
        if (previous.lastModified() != null) {
            request.header("If-Modified-Since", previous.lastModified());
        }
        CompletableFuture<HttpResponse<byte[]>> pending = client().sendAsync(request.build(), this::body);
        try {
            return pending.get(limits.totalTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw new Refusal("no complete answer within " + human(limits.totalTimeout()));
        } catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            throw new Refusal("interrupted");
        } catch (ExecutionException e) {
            String reason = reason(e.getCause());
            throw new Refusal(reason, reason.startsWith("cannot") || reason.startsWith("unknown")
                    || reason.startsWith("failed") || reason.contains("TLS") ? String.valueOf(e.getCause()) : null);
        }
    }

    /** Only a 200's body is kept, and only up to the size limit; anything else is drained and dropped. */
    private HttpResponse.BodySubscriber<byte[]> body(HttpResponse.ResponseInfo info) {
        if (info.statusCode() != 200) {
            return HttpResponse.BodySubscribers.replacing(new byte[0]);
        }
        long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
        return new Limited(limits.maxBytes(), declared);
    }

    private static URI location(URI base, HttpHeaders headers) {
        try {
            return headers.firstValue("Location").map(base::resolve).orElse(null);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private String reason(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof TooLarge) {
                return "larger than " + (limits.maxBytes() >> 20) + " MB; not read";
            }
            if (t instanceof HttpTimeoutException) {
                return "no complete answer within " + human(limits.totalTimeout());
            }
            if (t instanceof ConnectException) {
                return "cannot connect";
            }
            if (t instanceof javax.net.ssl.SSLException) {
                return "the TLS handshake failed";
            }
            if (t instanceof UnresolvedAddressException || t instanceof java.net.UnknownHostException) {
                return "unknown host";
            }
        }
        String message = cause == null ? null : cause.getMessage();
        if (cause instanceof IOException && message != null && message.toLowerCase(java.util.Locale.ROOT)
                .matches(".*(eof|bytes received|closed|reset).*")) {
            return "the connection closed before the whole export arrived";
        }
        return cause == null ? "failed" : "failed (" + cause.getClass().getSimpleName() + ")";
    }

    private static String human(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    /** A body that gives up as soon as it would exceed the limit, instead of filling memory first. */
    private static final class Limited implements HttpResponse.BodySubscriber<byte[]> {
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final ByteArrayOutputStream bytes;
        private final int max;
        private final long declared;
        private Flow.Subscription subscription;

        Limited(int max, long declared) {
            this.max = max;
            this.declared = declared;
            this.bytes = new ByteArrayOutputStream(declared > 0 && declared <= max ? (int) declared : 64 * 1024);
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            if (declared > max) {
                subscription.cancel();
                result.completeExceptionally(new TooLarge());
                return;
            }
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer buffer : buffers) {
                if (bytes.size() + buffer.remaining() > max) {
                    subscription.cancel();
                    result.completeExceptionally(new TooLarge());
                    return;
                }
                byte[] chunk = new byte[buffer.remaining()];
                buffer.get(chunk);
                bytes.writeBytes(chunk);
            }
        }

        @Override
        public void onError(Throwable throwable) {
            result.completeExceptionally(throwable);
        }

        @Override
        public void onComplete() {
            result.complete(bytes.toByteArray());
        }
    }

    private static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super("body larger than the limit");
        }
    }

    private static final class Refusal extends Exception {
        private static final long serialVersionUID = 1L;

        final String detail;

        Refusal(String message) {
            this(message, null);
        }

        Refusal(String message, String detail) {
            super(message);
            this.detail = detail;
        }
    }
}
