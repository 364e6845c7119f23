package dev.confcal.web.feed;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a feed's host can be reached from the internet. Google Calendar, Outlook.com and Microsoft 365 fetch a
 * subscribed feed from their own servers, so a feed at {@code localhost}, a private or link-local address, or a
 * name that only a local network resolves ({@code nas}, {@code printer.local}) can never work there; the page
 * says so instead of offering buttons that fail. Decided from the text alone: nothing is looked up.
 */
public final class PrivateHost {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private PrivateHost() {
    }

    /** @param host a {@link BaseUrl#host()}: a name or IP literal, with {@code :port} when one was given */
    public static boolean isPrivate(String host) {
        String name = withoutPort(host).toLowerCase(Locale.ROOT);
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        if (name.startsWith("[") || IPV4.matcher(name).matches()) {
            return privateAddress(name);
        }
        return name.equals("localhost") || !name.contains(".") || name.endsWith(".localhost")
                || name.endsWith(".local") || name.endsWith(".internal") || name.endsWith(".lan")
                || name.endsWith(".home.arpa") || name.endsWith(".localdomain");
    }

    private static boolean privateAddress(String literal) {
        try {
            // "[…]" is parsed as an IPv6 literal or refused, never looked up
            InetAddress address = literal.startsWith("[") ? InetAddress.getByName(literal) : v4(literal);
            byte[] bytes = address.getAddress();
            boolean carrierNat = bytes.length == 4 && (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64;
            boolean uniqueLocal = address instanceof Inet6Address && (bytes[0] & 0xfe) == 0xfc;
            return address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                    || address.isAnyLocalAddress() || carrierNat || uniqueLocal;
        } catch (UnknownHostException e) {
            return true; // not an address anyone can reach
        }
    }

    /** An IPv4 literal parsed here: {@code InetAddress.getByName("999.1.1.1")} would ask DNS for it. */
    private static InetAddress v4(String literal) throws UnknownHostException {
        String[] parts = literal.split("\\.");
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
            int octet = Integer.parseInt(parts[i]);
            if (octet > 255) {
                throw new UnknownHostException(literal);
            }
            bytes[i] = (byte) octet;
        }
        return InetAddress.getByAddress(bytes);
    }

    private static String withoutPort(String host) {
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            return end < 0 ? host : host.substring(0, end + 1);
        }
        int colon = host.lastIndexOf(':');
        return colon < 0 ? host : host.substring(0, colon);
    }
}
