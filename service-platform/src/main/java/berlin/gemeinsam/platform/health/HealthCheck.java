package berlin.gemeinsam.platform.health;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A container health check for runtimes that probe by running a command in the container (Docker Compose): the
 * images hold a Java runtime and the service, no shell or HTTP client. It asks a health group of the instance in
 * the same container and exits 0 when it answers 200, 1 otherwise:
 * {@code java -cp @/app/jib-classpath-file berlin.gemeinsam.platform.health.HealthCheck http://127.0.0.1:8081/actuator/health/readiness}.
 * Kubernetes probes the same endpoints over HTTP itself.
 */
public final class HealthCheck {

    private static final Logger log = LoggerFactory.getLogger(HealthCheck.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private HealthCheck() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            log.error("usage: HealthCheck <health endpoint URL>");
            System.exit(2);
        }
        System.exit(isHealthy(URI.create(args[0])) ? 0 : 1);
    }

    /** Whether {@code endpoint} answers 200 within 3 s. */
    static boolean isHealthy(URI endpoint) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(TIMEOUT).GET().build();
        try {
            int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            log.info("{}: {}", endpoint, status);
            return status == 200;
        } catch (IOException e) {
            log.warn("{}: {}", endpoint, e.toString());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
