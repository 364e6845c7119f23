package dev.confcal.web;

import dev.confcal.web.feed.BaseUrl;
import io.javalin.http.Context;
import io.javalin.http.Header;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

/**
 * The base URL of the page's links for one request. {@code --base-url} when given; else, behind a trusted
 * proxy, what the proxy says the client asked for ({@code X-Forwarded-Proto}, {@code -Host},
 * {@code -Prefix}, or {@code Forwarded}); else the address the connection came in on. Never the {@code Host} header of
 * an untrusted client: the page would link to whatever host it names. Whatever this returns is part of the
 * page's cache key.
 *
 * <p>Not Jetty's {@code ForwardedRequestCustomizer} (issue 20): it has no {@code X-Forwarded-Prefix}, it prefers an
 * RFC 7239 {@code Forwarded} header to {@code X-Forwarded-*} (behind nginx, which sets only the latter, a client's
 * own {@code Forwarded} would name the host: ProxyLinksTest, NginxReverseProxyTest), and it rewrites the whole
 * request (scheme, server name, client address) for a question only the page's links ask.
 */
final class PublicAddress {

    private final WebOptions options;

    PublicAddress(WebOptions options) {
        this.options = options;
    }

    BaseUrl of(Context ctx) {
        if (options.baseUrl() != null) {
            return options.baseUrl();
        }
        if (options.trustProxy()) {
            BaseUrl forwarded = forwarded(ctx);
            if (forwarded != null) {
                return forwarded;
            }
        }
        return listening(ctx);
    }

    /** {@code http://localhost:8080} for a loopback connection, else the server's own address on it. */
    static BaseUrl listening(Context ctx) {
        String address = ctx.req().getLocalAddr();
        int port = ctx.req().getLocalPort();
        String host;
        try {
            InetAddress local = InetAddress.getByName(address); // an IP literal: no lookup
            host = local.isLoopbackAddress() ? "localhost"
                    : local instanceof java.net.Inet6Address ? "[" + address.replaceFirst("%.*$", "") + "]" : address;
        } catch (UnknownHostException | RuntimeException e) {
            host = "localhost";
        }
        return new BaseUrl("http", host.toLowerCase(Locale.ROOT) + (port == 80 ? "" : ":" + port), "");
    }

    /**
     * What the nearest proxy set; each header's last value is the one it added. {@code X-Forwarded-*} when the
     * proxy sends any of them (nginx, Kubernetes' ingress-nginx, Traefik), and then a {@code Forwarded} header is
     * the client's own and ignored; else RFC 7239's {@code Forwarded}. Null when unusable.
     */
    private static BaseUrl forwarded(Context ctx) {
        String proto = last(ctx, Header.X_FORWARDED_PROTO);
        String host = last(ctx, Header.FORWARDED_HOST);
        String prefix = last(ctx, "X-Forwarded-Prefix");
        String forwarded = last(ctx, Header.FORWARDED);
        if (proto == null && host == null && prefix == null && forwarded != null) {
            for (String pair : forwarded.split(";")) {
                String[] kv = pair.split("=", 2);
                if (kv.length == 2) {
                    String value = kv[1].strip().replaceAll("^\"|\"$", "");
                    switch (kv[0].strip().toLowerCase(Locale.ROOT)) {
                        case "proto" -> proto = value;
                        case "host" -> host = value;
                        default -> { }
                    }
                }
            }
        }
        host = host != null ? host : ctx.header("Host");
        if (host == null) {
            return null;
        }
        String scheme = proto == null ? ctx.scheme() : proto.toLowerCase(Locale.ROOT);
        try {
            String path = prefix == null ? "" : prefix.replaceAll("/+$", "");
            return new BaseUrl(scheme, dropDefaultPort(scheme, host.toLowerCase(Locale.ROOT)), path);
        } catch (IllegalArgumentException e) {
            return null; // a header the proxy should never have passed on
        }
    }

    private static String dropDefaultPort(String scheme, String host) {
        String defaultPort = scheme.equals("https") ? ":443" : ":80";
        return host.endsWith(defaultPort) ? host.substring(0, host.length() - defaultPort.length()) : host;
    }

    private static String last(Context ctx, String name) {
        List<String> lines = java.util.Collections.list(ctx.req().getHeaders(name));
        if (lines.isEmpty() || lines.get(lines.size() - 1).isBlank()) {
            return null;
        }
        List<String> values = List.of(lines.get(lines.size() - 1).split(","));
        String value = values.get(values.size() - 1).strip();
        return value.isEmpty() ? null : value;
    }
}
