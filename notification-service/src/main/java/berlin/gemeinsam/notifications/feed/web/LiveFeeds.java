package berlin.gemeinsam.notifications.feed.web;

import berlin.gemeinsam.notifications.feed.application.FeedWatchers;
import berlin.gemeinsam.notifications.feed.domain.Notification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The subscribers' open live streams, and the hand-over of freshly written feed entries to them.
 *
 * <p>The fan-out calls {@link #written} on the consumer thread for every batch it wrote. Only entries of
 * subscribers with an open stream are picked out (one map look-up each, nothing at all while nobody listens),
 * and they are sent by a thread of their own: a slow or stalled client never holds up the consumer. When that
 * thread falls too far behind, entries are not pushed; they are in the feed all the same.
 */
@Component
class LiveFeeds implements FeedWatchers, SmartLifecycle {

    /** A client reconnects after this; it keeps emitters of vanished clients from piling up unnoticed. */
    static final Duration STREAM_TIMEOUT = Duration.ofMinutes(30);
    private static final int PENDING_PUSHES = 10_000;

    private static final Logger log = LoggerFactory.getLogger(LiveFeeds.class);

    private final Map<String, Set<Listener>> listeners = new ConcurrentHashMap<>();
    private final ThreadPoolExecutor pusher = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(PENDING_PUSHES), runnable -> {
                Thread thread = new Thread(runnable, "live-feeds");
                thread.setDaemon(true);
                return thread;
            });
    private volatile boolean running;

    /** Opens a stream of the subscriber's new entries, worded in the given language. */
    SseEmitter open(String subscriberId, Locale language) {
        SseEmitter emitter = new SseEmitter(STREAM_TIMEOUT.toMillis());
        Listener listener = new Listener(subscriberId, emitter, language);
        emitter.onCompletion(() -> remove(listener));
        emitter.onTimeout(() -> remove(listener));
        emitter.onError(failure -> remove(listener));
        listeners.computeIfAbsent(subscriberId, id -> new CopyOnWriteArraySet<>()).add(listener);
        try {
            // sends the headers at once, so the client knows the stream is open before anything happens
            emitter.send(SseEmitter.event().comment("live"));
        } catch (IOException gone) {
            remove(listener);
            emitter.completeWithError(gone);
        }
        return emitter;
    }

    /** Hands the entries just written to the streams of their subscribers, if any is open. */
    @Override
    public void written(Collection<Notification> entries) {
        if (listeners.isEmpty()) {
            return;
        }
        List<Push> pushes = new ArrayList<>();
        for (Notification entry : entries) {
            Set<Listener> open = listeners.get(entry.getSubscriberId());
            if (open != null) {
                open.forEach(listener -> pushes.add(new Push(listener, entry)));
            }
        }
        if (pushes.isEmpty()) {
            return;
        }
        try {
            pusher.execute(() -> pushes.forEach(Push::send));
        } catch (RejectedExecutionException behind) {
            log.warn("Live streams are {} batches behind; {} entries were not pushed (they are in the feeds)",
                    PENDING_PUSHES, pushes.size());
        }
    }

    int openStreams() {
        return listeners.values().stream().mapToInt(Set::size).sum();
    }

    private void remove(Listener listener) {
        listeners.computeIfPresent(listener.subscriberId(), (id, open) -> {
            open.remove(listener);
            return open.isEmpty() ? null : open;
        });
    }

    @Override
    public void start() {
        running = true;
    }

    /**
     * Ends every stream before the web server's graceful shutdown, which would otherwise wait for these
     * never-ending requests.
     */
    @Override
    public void stop() {
        running = false;
        listeners.values().forEach(open -> open.forEach(listener -> listener.emitter().complete()));
        listeners.clear();
        pusher.shutdown();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private record Listener(String subscriberId, SseEmitter emitter, Locale language) {
    }

    private record Push(Listener listener, Notification entry) {

        void send() {
            try {
                listener.emitter().send(SseEmitter.event()
                        .id(entry.getId())
                        .name(entry.getEventType())
                        .data(LiveNotificationView.of(entry, listener.language()), MediaType.APPLICATION_JSON));
            } catch (IOException | IllegalStateException gone) {
                // the client went away; the emitter's error callback forgets it
                listener.emitter().completeWithError(gone);
            }
        }
    }
}
