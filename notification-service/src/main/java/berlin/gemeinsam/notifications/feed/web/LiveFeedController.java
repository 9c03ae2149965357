package berlin.gemeinsam.notifications.feed.web;

import berlin.gemeinsam.notifications.feed.application.Feed;
import jakarta.validation.constraints.Size;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.util.List;

/**
 * A subscriber's feed as it grows, as Server-Sent Events: one event per new entry, named by the event type, with
 * the entry's id as the event id. A client reconnecting with {@code Last-Event-ID} first gets the entries written
 * since that one, in the order they were written, then the new ones, none twice. Entries written while no stream
 * was open are in the notifications list as well.
 */
@RestController
class LiveFeedController {

    private final Feed feed;
    private final LiveFeeds live;

    LiveFeedController(Feed feed, LiveFeeds live) {
        this.feed = feed;
        this.live = live;
    }

    /** The subscriber's own stream, for them alone, like their feed. */
    @GetMapping(path = "/api/v1/subscribers/{subscriberId}/notifications/stream",
            produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(@PathVariable @Size(max = 100) String subscriberId,
            @RequestHeader(name = "Last-Event-ID", required = false) @Size(max = 100) String lastEventId) {
        feed.checkCallerMayRead(subscriberId);
        if (lastEventId == null || lastEventId.isBlank()) {
            return live.open(subscriberId, LocaleContextHolder.getLocale(), List::of);
        }
        return live.open(subscriberId, LocaleContextHolder.getLocale(),
                () -> feed.missedSince(subscriberId, lastEventId.strip()));
    }
}
