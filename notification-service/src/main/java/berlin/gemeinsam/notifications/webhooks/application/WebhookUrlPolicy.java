package berlin.gemeinsam.notifications.webhooks.application;

import berlin.gemeinsam.notifications.webhooks.domain.RejectedUrlException;
import berlin.gemeinsam.notifications.webhooks.domain.UrlRejection;
import berlin.gemeinsam.notifications.webhooks.domain.WebhookUrls;
import org.springframework.stereotype.Component;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;

/**
 * The URL rules of {@link WebhookUrls} on the addresses a host resolves to now: checked when an endpoint is
 * registered, before each attempt, and by the HTTP client on the addresses it connects to, so that a host name
 * that resolved to a public address at registration and to an internal one later (DNS rebinding) is not called.
 */
@Component
public class WebhookUrlPolicy {

    private final boolean allowLoopback;

    public WebhookUrlPolicy(WebhookProperties properties) {
        this.allowLoopback = properties.allowLoopback();
    }

    /** What is wrong with the URL now; empty when it may be called. */
    public Optional<UrlRejection> check(String url) {
        try {
            checked(url);
            return Optional.empty();
        } catch (RejectedUrlException rejected) {
            return Optional.of(rejected.rejection());
        }
    }

    /** The URL to call, if it may be called now. */
    public URI checked(String url) throws RejectedUrlException {
        URI uri = WebhookUrls.parse(url, allowLoopback);
        List<InetAddress> addresses;
        try {
            addresses = List.of(InetAddress.getAllByName(uri.getHost()));
        } catch (UnknownHostException unknown) {
            throw new RejectedUrlException(UrlRejection.UNRESOLVABLE);
        }
        Optional<UrlRejection> rejection = WebhookUrls.check(uri, addresses, allowLoopback);
        if (rejection.isPresent()) {
            throw new RejectedUrlException(rejection.get());
        }
        return uri;
    }

    /**
     * The addresses of the host, for the connection: every one must be allowed.
     *
     * @throws UnknownHostException when it resolves to none, or to one that is not called
     */
    public InetAddress[] addressesToCall(String host) throws UnknownHostException {
        InetAddress[] addresses = InetAddress.getAllByName(host);
        for (InetAddress address : addresses) {
            if (WebhookUrls.isForbidden(address, allowLoopback)) {
                throw new UnknownHostException(host + " resolves to an address that is not called");
            }
        }
        return addresses;
    }
}
