package berlin.gemeinsam.notifications.feed.web;

import berlin.gemeinsam.notifications.feed.application.Feed;
import jakarta.validation.constraints.Size;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * A subscriber's feed as it grows, as Server-Sent Events: one event per new entry, named by the event type, with
 * the entry's id as the event id. Entries written while no stream was open are in the notifications list.
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
    SseEmitter stream(@PathVariable @Size(max = 100) String subscriberId) {
        feed.checkCallerMayRead(subscriberId);
        return live.open(subscriberId, LocaleContextHolder.getLocale());
    }
}
