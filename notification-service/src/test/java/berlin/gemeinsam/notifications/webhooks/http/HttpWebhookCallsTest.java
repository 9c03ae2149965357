package berlin.gemeinsam.notifications.webhooks.http;

import berlin.gemeinsam.notifications.webhooks.application.WebhookProperties;
import berlin.gemeinsam.notifications.webhooks.application.WebhookUrlPolicy;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The client checks the addresses it connects to, not only those checked before: a host name that resolves to an
 * address that is not called (here loopback, as a rebound name would) is never connected to.
 */
class HttpWebhookCallsTest {

    private final AtomicInteger requests = new AtomicInteger();
    private HttpServer receiver;

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    private static HttpWebhookCalls calls(boolean allowLoopback) {
        WebhookProperties properties = new WebhookProperties(allowLoopback, 20, List.of(Duration.ofSeconds(30)),
                Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(1), 1, Duration.ofMinutes(1));
        return new HttpWebhookCalls(new WebhookUrlPolicy(properties), properties);
    }

    private URI url() {
        return URI.create("http://localhost:" + receiver.getAddress().getPort() + "/hook");
    }

    @Test
    void aHostResolvingToAnAddressThatIsNotCalledIsNeverConnectedTo() {
        assertThatThrownBy(() -> calls(false).post(url(), Map.of(), "{}")).isInstanceOf(IOException.class);
        assertThat(requests).hasValue(0);
    }

    @Test
    void anAllowedHostIsCalledAndARedirectIsAnsweredNotFollowed() throws IOException {
        assertThat(calls(true).post(url(), Map.of("webhook-id", "d-1"), "{}")).isEqualTo(302);
        assertThat(requests).hasValue(1);
    }
}
