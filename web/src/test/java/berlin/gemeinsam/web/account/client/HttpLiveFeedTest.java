package berlin.gemeinsam.web.account.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import berlin.gemeinsam.web.account.application.FeedEntry;
import berlin.gemeinsam.web.services.client.ServiceEndpoints;
import tools.jackson.databind.json.JsonMapper;

/**
 * The relay's side towards notification-service, against a plain HTTP server speaking its event stream: the person's
 * token and language and the last entry seen go with the request, each event's data becomes an entry, and the end
 * of the stream is told once.
 */
class HttpLiveFeedTest {

    private static final String ENTRY = """
            {"id":"n-2","eventType":"berlin.gemeinsam.idea.adopted.v1","subject":"idea-1","unit":"mitte",\
            "text":"Die Idee „Schatten“ wird umgesetzt.","time":"2026-05-01T10:00:00Z","read":false}""";

    private HttpServer server;
    private final AtomicReference<HttpExchange> request = new AtomicReference<>();
    private final CountDownLatch finish = new CountDownLatch(1);

    @BeforeEach
    void startTheService() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/v1/subscribers/anna/notifications/stream", exchange -> {
            request.set(exchange);
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream body = exchange.getResponseBody()) {
                write(body, ":live\n\n");
                write(body, "id:n-2\nevent:berlin.gemeinsam.idea.adopted.v1\ndata:" + ENTRY + "\n\n");
                finish.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.start();
    }

    @AfterEach
    void stopTheService() {
        finish.countDown();
        server.stop(0);
    }

    @Test
    void eachEventBecomesAnEntryAndTheEndIsToldOnce() throws Exception {
        URI service = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        HttpLiveFeed live = new HttpLiveFeed(new ServiceEndpoints(service, service, service, service, service),
                JsonMapper.builder().build());
        List<FeedEntry> entries = new CopyOnWriteArrayList<>();
        AtomicInteger ended = new AtomicInteger();

        AutoCloseable stream = live.open("anna", "annas-token", "en", "n-1", entries::add, ended::incrementAndGet);

        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(20)).until(() -> entries.size() == 1);
        assertThat(entries.get(0)).isEqualTo(new FeedEntry("n-2", "berlin.gemeinsam.idea.adopted.v1", "idea-1",
                "mitte", "Die Idee „Schatten“ wird umgesetzt.", Instant.parse("2026-05-01T10:00:00Z"), false));
        assertThat(entries.get(0).aboutAnIdea()).isTrue();
        assertThat(request.get().getRequestHeaders().getFirst("Authorization")).isEqualTo("Bearer annas-token");
        assertThat(request.get().getRequestHeaders().getFirst("Accept-Language")).isEqualTo("en");
        assertThat(request.get().getRequestHeaders().getFirst("Last-Event-ID")).isEqualTo("n-1");
        assertThat(ended).hasValue(0);

        finish.countDown();
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(20)).until(() -> ended.get() == 1);
        stream.close();
        assertThat(ended).hasValue(1);
    }

    private static void write(OutputStream body, String text) throws IOException {
        body.write(text.getBytes(StandardCharsets.UTF_8));
        body.flush();
    }
}
