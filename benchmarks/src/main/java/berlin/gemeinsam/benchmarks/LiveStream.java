package berlin.gemeinsam.benchmarks;

import tools.jackson.databind.json.JsonMapper;

import java.util.Iterator;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A subscriber's live stream (Server-Sent Events) read on a thread of its own. Each event is handed over with
 * the time it was read, before anything else is done with it.
 */
final class LiveStream implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.shared();
    private static final long OPEN_TIMEOUT_SECONDS = 30;

    /** One pushed feed entry: the SSE id and name, the entry's subject, and when the driver read it. */
    record Event(String id, String name, String subject, long arrivedNanos) {
    }

    private final Stream<String> lines;
    private final AtomicLong events = new AtomicLong();

    private LiveStream(Stream<String> lines) {
        this.lines = lines;
    }

    static LiveStream reading(String subscriberId, Stream<String> lines, Consumer<Event> onEvent) {
        LiveStream stream = new LiveStream(lines);
        CountDownLatch opened = new CountDownLatch(1);
        Thread reader = new Thread(() -> stream.read(opened, onEvent), "live-stream-" + subscriberId);
        reader.setDaemon(true);
        reader.start();
        try {
            if (!opened.await(OPEN_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                stream.close();
                throw new IllegalStateException("live stream of " + subscriberId + " sent nothing");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return stream;
    }

    private void read(CountDownLatch opened, Consumer<Event> onEvent) {
        String id = null;
        String name = null;
        StringBuilder data = new StringBuilder();
        try {
            Iterator<String> each = lines.iterator();
            while (each.hasNext()) {
                String line = each.next();
                if (line.startsWith(":")) {
                    opened.countDown();
                } else if (line.isEmpty()) {
                    if (!data.isEmpty()) {
                        long arrived = System.nanoTime();
                        String subject = JSON.readTree(data.toString()).path("subject").asString();
                        events.incrementAndGet();
                        onEvent.accept(new Event(id, name, subject, arrived));
                    }
                    id = null;
                    name = null;
                    data.setLength(0);
                } else if (line.startsWith("id:")) {
                    id = line.substring(3).strip();
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring(5).strip());
                }
            }
        } catch (RuntimeException closed) {
            // closing the stream ends the reading
        }
    }

    long events() {
        return events.get();
    }

    @Override
    public void close() {
        lines.close();
    }
}
