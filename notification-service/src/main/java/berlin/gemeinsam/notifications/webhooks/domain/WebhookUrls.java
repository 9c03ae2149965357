package berlin.gemeinsam.notifications.webhooks.domain;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * Which URLs the service posts to. The service runs inside an administration's network, so a URL must not make it
 * call that network or itself (server-side request forgery): every address its host resolves to must be a public
 * one, none private (RFC 1918), shared (RFC 6598), loopback, link-local, unique-local (fc00::/7), multicast,
 * broadcast or unspecified, IPv4 and IPv6 alike (an IPv4 address embedded in IPv6 counts as that IPv4 address).
 * The URL must be https. Where loopback is allowed (the local stack, tests), a loopback URL may also be plain http.
 */
public final class WebhookUrls {

    public static final int MAX_LENGTH = 2000;

    private WebhookUrls() {
    }

    /**
     * The URI to look up, or what is wrong with the URL as written, before its host is looked up: plain http is
     * rejected here unless loopback is allowed (then it depends on the addresses).
     */
    public static URI parse(String url, boolean allowLoopback) throws RejectedUrlException {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException notAUri) {
            throw new RejectedUrlException(UrlRejection.INVALID);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.isOpaque() || uri.getHost() == null || uri.getRawUserInfo() != null
                || uri.getRawFragment() != null || url.length() > MAX_LENGTH) {
            throw new RejectedUrlException(UrlRejection.INVALID);
        }
        if (!scheme.equals("https") && !(scheme.equals("http") && allowLoopback)) {
            throw new RejectedUrlException(UrlRejection.NOT_HTTPS);
        }
        return uri;
    }

    /** What is wrong with the URL given the addresses its host resolves to; empty when it may be called. */
    public static Optional<UrlRejection> check(URI url, Collection<InetAddress> addresses, boolean allowLoopback) {
        if (addresses.isEmpty()) {
            return Optional.of(UrlRejection.UNRESOLVABLE);
        }
        if (addresses.stream().anyMatch(address -> isForbidden(address, allowLoopback))) {
            return Optional.of(UrlRejection.FORBIDDEN_ADDRESS);
        }
        boolean https = "https".equalsIgnoreCase(url.getScheme());
        if (!https && !addresses.stream().allMatch(address -> isLoopback(address))) {
            return Optional.of(UrlRejection.NOT_HTTPS);
        }
        return Optional.empty();
    }

    /** Whether the service must not call the address. */
    public static boolean isForbidden(InetAddress address, boolean allowLoopback) {
        if (address instanceof Inet6Address ipv6) {
            Optional<Inet4Address> embedded = embeddedIpv4(ipv6);
            if (embedded.isPresent()) {
                return isForbidden(embedded.get(), allowLoopback);
            }
        }
        if (isLoopback(address)) {
            return !allowLoopback;
        }
        if (address.isAnyLocalAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            return first == 0 // "this network"
                    || (first == 100 && second >= 64 && second <= 127) // shared address space, RFC 6598
                    || first >= 240; // reserved and the broadcast address
        }
        return (bytes[0] & 0xfe) == 0xfc; // unique local, fc00::/7
    }

    private static boolean isLoopback(InetAddress address) {
        if (address instanceof Inet6Address ipv6) {
            Optional<Inet4Address> embedded = embeddedIpv4(ipv6);
            if (embedded.isPresent()) {
                return embedded.get().isLoopbackAddress();
            }
        }
        return address.isLoopbackAddress();
    }

    /**
     * The IPv4 address inside an IPv4-compatible (::a.b.c.d), IPv4-mapped (::ffff:a.b.c.d, which Java mostly gives
     * as IPv4 already) or NAT64 (64:ff9b::a.b.c.d) IPv6 address.
     */
    private static Optional<Inet4Address> embeddedIpv4(Inet6Address address) {
        byte[] bytes = address.getAddress();
        boolean zeroPrefix = true;
        for (int i = 0; i < 10; i++) {
            zeroPrefix &= bytes[i] == 0;
        }
        // ::1 and :: are IPv6's own loopback and unspecified address, not embedded ones
        boolean compatible = zeroPrefix && bytes[10] == 0 && bytes[11] == 0 && bytes[12] != 0;
        boolean mapped = zeroPrefix && bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff;
        boolean nat64 = bytes[0] == 0 && bytes[1] == 0x64 && bytes[2] == (byte) 0xff && bytes[3] == (byte) 0x9b
                && allZero(bytes, 4, 12);
        if (!compatible && !mapped && !nat64) {
            return Optional.empty();
        }
        try {
            return Optional.of((Inet4Address) InetAddress.getByAddress(new byte[] {bytes[12], bytes[13], bytes[14],
                    bytes[15]}));
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException("four bytes are an IPv4 address", impossible);
        }
    }

    private static boolean allZero(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
