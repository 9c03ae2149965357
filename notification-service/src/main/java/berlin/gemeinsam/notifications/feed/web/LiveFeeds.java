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
import java.util.Comparator;
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
import java.util.function.Supplier;

/**
 * The subscribers' open live streams, and the hand-over of freshly written feed entries to them.
 *
 * <p>The fan-out calls {@link #written} on the consumer thread for every batch it wrote. Only entries of
 * subscribers with an open stream are picked out (one map look-up each, nothing at all while nobody listens),
 * and they are sent by a thread of their own: a slow or stalled client never holds up the consumer. When that
 * thread falls too far behind, entries are not pushed; they are in the feed all the same.
 *
 * <p>A stream resumed after a reconnect is registered before what it missed is read: entries written meanwhile are
 * held back until the missed ones are sent, then sent unless they were among them. Entries are written one batch at a
 * time with ascending times and pushed in that order (by id within a batch), so "after the last one sent" in that
 * order is exactly what is new.
 */
@Component
class LiveFeeds implements FeedWatchers, SmartLifecycle {

    /** A client reconnects after this; it keeps emitters of vanished clients from piling up unnoticed. */
    static final Duration STREAM_TIMEOUT = Duration.ofMinutes(30);
    private static final int PENDING_PUSHES = 10_000;

    private static final Logger log = LoggerFactory.getLogger(LiveFeeds.class);
    /** The order entries are written in: by the time of their batch, then by id. */
    private static final Comparator<Notification> WRITTEN = Comparator.comparing(Notification::getWrittenAt,
            Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(Notification::getId);

    private final Map<String, Set<Listener>> listeners = new ConcurrentHashMap<>();
    private final ThreadPoolExecutor pusher = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(PENDING_PUSHES), runnable -> {
                Thread thread = new Thread(runnable, "live-feeds");
                thread.setDaemon(true);
                return thread;
            });
    private volatile boolean running;

    /**
     * Opens a stream of the subscriber's new entries, worded in the given language, after the entries it
     * {@code missed} (read once the stream is registered, so that nothing written meanwhile falls between).
     */
    SseEmitter open(String subscriberId, Locale language, Supplier<List<Notification>> missed) {
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
            return emitter;
        }
        List<Notification> catchUp = missed.get();
        try {
            pusher.execute(() -> listener.catchUp(catchUp));
        } catch (RejectedExecutionException behind) {
            log.warn("Live streams are {} batches behind; a resumed stream is closed for the client to retry",
                    PENDING_PUSHES);
            remove(listener);
            emitter.complete();
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
        for (Notification entry : entries.stream().sorted(WRITTEN).toList()) {
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

    /**
     * An open stream. What it has sent is kept on the pusher thread alone: until it has caught up, new entries are
     * held; after, an entry is sent only if it comes after the last one sent.
     */
    private static final class Listener {

        private final String subscriberId;
        private final SseEmitter emitter;
        private final Locale language;
        private final List<Notification> held = new ArrayList<>();
        private boolean caughtUp;
        private Notification lastSent;

        Listener(String subscriberId, SseEmitter emitter, Locale language) {
            this.subscriberId = subscriberId;
            this.emitter = emitter;
            this.language = language;
        }

        String subscriberId() {
            return subscriberId;
        }

        SseEmitter emitter() {
            return emitter;
        }

        void catchUp(List<Notification> missed) {
            missed.forEach(this::send);
            caughtUp = true;
            held.stream().sorted(WRITTEN).forEach(this::offer);
            held.clear();
        }

        void offer(Notification entry) {
            if (!caughtUp) {
                held.add(entry);
            } else if (lastSent == null || WRITTEN.compare(entry, lastSent) > 0) {
                send(entry);
            }
        }

        private void send(Notification entry) {
            try {
                emitter.send(SseEmitter.event()
                        .id(entry.getId())
                        .name(entry.getEventType())
                        .data(LiveNotificationView.of(entry, language), MediaType.APPLICATION_JSON));
                lastSent = entry;
            } catch (IOException | IllegalStateException gone) {
                // the client went away; the emitter's error callback forgets it
                emitter.completeWithError(gone);
            }
        }
    }

    private record Push(Listener listener, Notification entry) {

        void send() {
            listener.offer(entry);
        }
    }
}
