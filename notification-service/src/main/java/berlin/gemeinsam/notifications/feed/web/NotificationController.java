package berlin.gemeinsam.notifications.feed.web;

import berlin.gemeinsam.notifications.feed.application.Feed;
import berlin.gemeinsam.notifications.feed.domain.Notification;
import berlin.gemeinsam.platform.paging.CursorPage;
import berlin.gemeinsam.platform.web.CursorLinks;
import berlin.gemeinsam.platform.web.PageResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

@RestController
class NotificationController {

    private final Feed feed;

    NotificationController(Feed feed) {
        this.feed = feed;
    }

    @GetMapping("/api/v1/subscribers/{subscriberId}/notifications")
    PageResponse<NotificationView> feedOf(@PathVariable @Size(max = 100) String subscriberId,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        Locale language = LocaleContextHolder.getLocale();
        return PageResponse.of(feed.feedOf(subscriberId, page, size),
                notification -> NotificationView.of(notification, language));
    }

    /**
     * The feed newest first, read on page by page with {@code cursor} (the {@code nextCursor} of the page before,
     * also as the link {@code next}; both null after the last page), only the unread entries with
     * {@code unread=true}. Entries added meanwhile neither repeat nor hide another.
     */
    @GetMapping("/api/v1/subscribers/{subscriberId}/feed")
    FeedPage feedPageOf(@PathVariable @Size(max = 100) String subscriberId,
            @RequestParam(defaultValue = "false") boolean unread,
            @RequestParam(required = false) @Size(max = 500) String cursor,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
            HttpServletRequest request) {
        Locale language = LocaleContextHolder.getLocale();
        CursorPage<Notification> page = feed.feedOf(subscriberId, unread, cursor, size);
        String nextCursor = page.next().map(next -> next.encoded()).orElse(null);
        return new FeedPage(page.items().stream().map(entry -> NotificationView.of(entry, language)).toList(), size,
                nextCursor, nextCursor == null ? null : CursorLinks.next(request, nextCursor));
    }

    /** Marks one entry read; marking it again answers the same. */
    @PostMapping("/api/v1/subscribers/{subscriberId}/notifications/{notificationId}/read")
    ResponseEntity<Void> markRead(@PathVariable @Size(max = 100) String subscriberId,
            @PathVariable @Size(max = 100) String notificationId) {
        feed.markRead(subscriberId, notificationId);
        return ResponseEntity.noContent().build();
    }

    /** Marks every unread entry read, answering how many were. */
    @PostMapping("/api/v1/subscribers/{subscriberId}/notifications/read")
    MarkedRead markAllRead(@PathVariable @Size(max = 100) String subscriberId) {
        return new MarkedRead(feed.markAllRead(subscriberId));
    }


    record NotificationView(String id, String eventType, String subject, String unit, String text, Instant time,
                            boolean read) {

        static NotificationView of(Notification notification, Locale language) {
            return new NotificationView(notification.getId(), notification.getEventType(), notification.getSubject(),
                    notification.getUnit(), notification.textIn(language), notification.getTime(),
                    notification.isRead());
        }
    }

    record FeedPage(List<NotificationView> items, int size, String nextCursor, String next) {
    }

    record MarkedRead(long markedRead) {
    }
}
