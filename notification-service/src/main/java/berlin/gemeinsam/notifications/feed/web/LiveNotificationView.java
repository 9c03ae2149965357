package berlin.gemeinsam.notifications.feed.web;

import berlin.gemeinsam.notifications.feed.domain.Notification;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * One pushed feed entry: the same fields as an entry of the notifications list, so a client reads both alike. The
 * time is cut to the millisecond the store keeps, so the pushed entry equals the listed one.
 */
record LiveNotificationView(String id, String eventType, String subject, String unit, String text, Instant time,
                            boolean read) {

    static LiveNotificationView of(Notification notification, Locale language) {
        return new LiveNotificationView(notification.getId(), notification.getEventType(), notification.getSubject(),
                notification.getUnit(), notification.textIn(language),
                notification.getTime().truncatedTo(ChronoUnit.MILLIS), notification.isRead());
    }
}
