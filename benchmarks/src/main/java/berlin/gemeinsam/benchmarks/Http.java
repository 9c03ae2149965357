package berlin.gemeinsam.benchmarks;

import javax.net.ssl.SSLSession;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/**
 * The load driver's HTTP clients, for the services and the mail server alike, with their timeouts and errors. Calls
 * answered as a whole ({@link #send(HttpRequest)}) go over the JDK's blocking client ({@link HttpURLConnection},
 * keep-alive), on the calling thread: the asynchronous {@code java.net.http} client hands each call to its selector
 * thread and back, which cost 0.1 to 0.4 ms median and up to several ms at the 90th percentile per call on this
 * machine against 0.05 to 0.1 ms (a loopback server that answers at once), a good part of what the single-client
 * submission is measured against. Streamed answers stay on {@code java.net.http}.
 */
final class Http {

    static {
        // kept-alive connections per server: one per client thread of the largest run (64), not the default 5
        System.setProperty("http.maxConnections", "256");
        // a POST whose connection broke is failed, not sent again unseen: a submission must not be made twice
        System.setProperty("sun.net.http.retryPost", "false");
    }

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private Http() {
    }

    static HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT);
    }

    /** Whether the address answers 200 within 2 s; not listening yet is no. */
    static boolean answersOk(String url) {
        try {
            return CLIENT.send(request(url).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notYetListening) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The request on a kept-alive connection of the blocking client, its answer read whole as text. */
    static HttpResponse<String> send(HttpRequest request) {
        try {
            HttpURLConnection connection = (HttpURLConnection) request.uri().toURL().openConnection();
            connection.setInstanceFollowRedirects(false);
            connection.setConnectTimeout((int) CONNECT_TIMEOUT.toMillis());
            connection.setReadTimeout((int) request.timeout().orElse(TIMEOUT).toMillis());
            connection.setRequestMethod(request.method());
            request.headers().map().forEach((name, values) -> values.forEach(value ->
                    connection.addRequestProperty(name, value)));
            if (request.headers().firstValue("Accept").isEmpty()) {
                // any media type, as the JDK client asks by naming none (this client would ask for HTML first)
                connection.setRequestProperty("Accept", "*/*");
            }
            if (request.bodyPublisher().isPresent() && !request.method().equals("GET")) {
                byte[] body = bodyOf(request.bodyPublisher().get());
                // buffered, not streamed: the body goes out with the headers in one write, which Nagle cannot hold
                connection.setDoOutput(true);
                try (OutputStream out = connection.getOutputStream()) {
                    out.write(body);
                }
            }
            int status = connection.getResponseCode();
            String body;
            // read to the end and closed, so that the connection is kept for the next call
            try (InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream()) {
                body = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Map<String, List<String>> headers = new HashMap<>(connection.getHeaderFields());
            headers.remove(null);
            return new Answer(request, status, HttpHeaders.of(headers, (name, value) -> true), body);
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        }
    }

    /** The bytes the request's body publisher gives (the driver's bodies are small strings, published at once). */
    private static byte[] bodyOf(HttpRequest.BodyPublisher publisher) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CompletableFuture<Void> published = new CompletableFuture<>();
        publisher.subscribe(new Flow.Subscriber<>() {
            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(ByteBuffer item) {
                byte[] chunk = new byte[item.remaining()];
                item.get(chunk);
                bytes.write(chunk, 0, chunk.length);
            }

            @Override
            public void onError(Throwable failure) {
                published.completeExceptionally(failure);
            }

            @Override
            public void onComplete() {
                published.complete(null);
            }
        });
        published.join();
        return bytes.toByteArray();
    }

    /** An answer of the blocking client, as the callers read the JDK client's. */
    private record Answer(HttpRequest request, int statusCode, HttpHeaders headers, String body)
            implements HttpResponse<String> {

        @Override
        public Optional<HttpResponse<String>> previousResponse() {
            return Optional.empty();
        }

        @Override
        public Optional<SSLSession> sslSession() {
            return Optional.empty();
        }

        @Override
        public URI uri() {
            return request.uri();
        }

        @Override
        public HttpClient.Version version() {
            return HttpClient.Version.HTTP_1_1;
        }
    }

    static <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return CLIENT.send(request, body);
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void expect(HttpResponse<String> response, int status, String what) {
        if (response.statusCode() != status) {
            throw new IllegalStateException("could not " + what + ": HTTP " + response.statusCode() + " "
                    + response.body());
        }
    }
}
