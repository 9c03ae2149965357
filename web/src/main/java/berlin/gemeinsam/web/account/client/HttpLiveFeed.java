package berlin.gemeinsam.web.account.client;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import berlin.gemeinsam.web.account.application.FeedEntry;
import berlin.gemeinsam.web.account.application.LiveFeed;
import berlin.gemeinsam.web.services.client.ServiceEndpoints;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * notification-service's Server-Sent Events of a subscriber, read line by line as they arrive (the JDK's client
 * hands each line to a subscriber: no thread waits on an open stream). Each event's data is a feed entry as JSON.
 * Opening waits (briefly) for the stream's first line, which notification-service sends once it pushes to it: an
 * entry written after {@link #open} returned is not missed.
 */
@Component
class HttpLiveFeed implements LiveFeed {

    private static final Logger log = LoggerFactory.getLogger(HttpLiveFeed.class);

    private static final Duration OPENING = Duration.ofSeconds(5);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI notifications;
    private final JsonMapper json;

    HttpLiveFeed(ServiceEndpoints endpoints, JsonMapper json) {
        this.notifications = endpoints.notifications();
        this.json = json;
    }

    @Override
    public AutoCloseable open(String subscriberId, String accessToken, String language, String lastEventId,
                              Consumer<FeedEntry> entries, Runnable ended) {
        URI stream = UriComponentsBuilder.fromUri(notifications)
                .path("/api/v1/subscribers/{id}/notifications/stream").buildAndExpand(subscriberId).encode().toUri();
        HttpRequest.Builder request = HttpRequest.newBuilder(stream)
                .header(HttpHeaders.ACCEPT, MediaType.TEXT_EVENT_STREAM_VALUE)
                .header(HttpHeaders.ACCEPT_LANGUAGE, language)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken);
        if (lastEventId != null && !lastEventId.isBlank()) {
            request.header("Last-Event-ID", lastEventId);
        }
        Events events = new Events(entries, ended);
        http.sendAsync(request.GET().build(), HttpResponse.BodyHandlers.fromLineSubscriber(events))
                .whenComplete((response, failure) -> {
                    if (failure != null || response.statusCode() != 200) {
                        log.info("the live feed of notification-service ended: {}",
                                failure != null ? failure.toString() : "status " + response.statusCode());
                    }
                    events.end();
                });
        events.awaitOpen();
        return events::close;
    }

    /** The event stream's lines into entries (WHATWG's format: fields until a blank line; only data is needed). */
    private final class Events implements Flow.Subscriber<String> {

        private final Consumer<FeedEntry> entries;
        private final Runnable ended;
        private final List<String> data = new ArrayList<>();
        private final AtomicReference<Flow.Subscription> subscription = new AtomicReference<>();
        private final AtomicBoolean over = new AtomicBoolean();
        private final CountDownLatch open = new CountDownLatch(1);

        Events(Consumer<FeedEntry> entries, Runnable ended) {
            this.entries = entries;
            this.ended = ended;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription.set(subscription);
            if (over.get()) {
                subscription.cancel();
                return;
            }
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(String line) {
            open.countDown();
            if (line.isEmpty()) {
                dispatch();
            } else if (line.startsWith("data:")) {
                data.add(line.substring(line.startsWith("data: ") ? 6 : 5));
            }
        }

        private void dispatch() {
            if (data.isEmpty()) {
                return;
            }
            String entry = String.join("\n", data);
            data.clear();
            try {
                entries.accept(json.readValue(entry, FeedEntry.class));
            } catch (JacksonException unreadable) {
                log.warn("an entry of notification-service's live feed is no feed entry: {}", unreadable.toString());
            }
        }

        @Override
        public void onError(Throwable failure) {
            end();
        }

        @Override
        public void onComplete() {
            end();
        }

        void awaitOpen() {
            try {
                if (!open.await(OPENING.toMillis(), TimeUnit.MILLISECONDS)) {
                    log.info("notification-service's live feed did not open within {}", OPENING);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        void end() {
            open.countDown();
            if (over.compareAndSet(false, true)) {
                ended.run();
            }
        }

        void close() {
            over.set(true);
            Flow.Subscription open = subscription.get();
            if (open != null) {
                open.cancel();
            }
        }
    }
}
