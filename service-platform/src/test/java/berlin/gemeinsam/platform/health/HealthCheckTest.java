package berlin.gemeinsam.platform.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HealthCheckTest {

    private HttpServer server;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/up", exchange -> {
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.createContext("/down", exchange -> {
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void healthyOnlyWhenTheGroupAnswers200() {
        assertThat(HealthCheck.isHealthy(endpoint("/up"))).isTrue();
        assertThat(HealthCheck.isHealthy(endpoint("/down"))).isFalse();
    }

    @Test
    void unhealthyWhenNothingListens() {
        int port = server.getAddress().getPort();
        server.stop(0);
        assertThat(HealthCheck.isHealthy(URI.create("http://127.0.0.1:" + port + "/up"))).isFalse();
    }

    private URI endpoint(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }
}
