package berlin.gemeinsam.monitor;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Two service instances' metrics endpoints as the services serve them (behind a bearer token), and the issuer's token
 * endpoint that gives the monitor its token for the client credentials {@value #CLIENT_ID}/{@value #CLIENT_SECRET}:
 * the services themselves are other modules' and not started in this one's tests.
 */
final class FakeInstances {

    static final String CLIENT_ID = "stream-monitor";
    static final String CLIENT_SECRET = "monitor-secret";
    private static final String TOKEN = "token-of-the-monitor";

    private static HttpServer server;

    private FakeInstances() {
    }

    static synchronized int port() {
        if (server == null) {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.createContext("/oauth2/token", FakeInstances::token);
            server.createContext("/mitte-ideas/actuator/prometheus", exchange -> metrics(exchange, "mitte",
                    "ideas-service", 3));
            server.createContext("/pankow-measures/actuator/prometheus", exchange -> metrics(exchange, "pankow",
                    "measures-service", 0));
            server.start();
        }
        return server.getAddress().getPort();
    }

    static String url(String instance) {
        return "http://127.0.0.1:" + port() + "/" + instance;
    }

    private static void token(HttpExchange exchange) throws IOException {
        String expected = "Basic " + Base64.getEncoder().encodeToString((CLIENT_ID + ":" + CLIENT_SECRET)
                .getBytes(StandardCharsets.UTF_8));
        if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            answer(exchange, 401, "application/json", "{\"error\":\"invalid_client\"}");
            return;
        }
        answer(exchange, 200, "application/json", "{\"access_token\":\"" + TOKEN
                + "\",\"token_type\":\"Bearer\",\"expires_in\":300}");
    }

    private static void metrics(HttpExchange exchange, String unit, String service, int backlog) throws IOException {
        if (!("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            answer(exchange, 401, "application/problem+json", "{\"status\":401}");
            return;
        }
        answer(exchange, 200, "text/plain; version=0.0.4", """
                # HELP gemeinsam_outbox_backlog aggregates with events not acknowledged by the broker
                # TYPE gemeinsam_outbox_backlog gauge
                gemeinsam_outbox_backlog{owning_unit="%s",service="%s"} %d.0
                # TYPE jvm_threads_live_threads gauge
                jvm_threads_live_threads{owning_unit="%s",service="%s"} 42.0
                """.formatted(unit, service, backlog, unit, service));
    }

    private static void answer(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
