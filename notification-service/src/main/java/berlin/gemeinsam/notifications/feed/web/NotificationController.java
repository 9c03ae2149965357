package berlin.gemeinsam.notifications.feed.web;

import berlin.gemeinsam.notifications.feed.application.Feed;
import berlin.gemeinsam.notifications.feed.domain.Notification;
import berlin.gemeinsam.platform.web.PageResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
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

    record NotificationView(String id, String eventType, String subject, String unit, String text, Instant time) {

        static NotificationView of(Notification notification, Locale language) {
            return new NotificationView(notification.getId(), notification.getEventType(), notification.getSubject(),
                    notification.getUnit(), notification.textIn(language), notification.getTime());
        }
    }
}
