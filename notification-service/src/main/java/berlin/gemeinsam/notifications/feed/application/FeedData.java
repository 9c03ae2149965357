package berlin.gemeinsam.notifications.feed.application;

import berlin.gemeinsam.notifications.feed.domain.Notification;
import berlin.gemeinsam.notifications.privacy.application.SubscriberData;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A subscriber's feed: every entry with its texts and whether they read it. */
@Component
class FeedData implements SubscriberData {

    private final Notifications notifications;

    FeedData(Notifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public String part() {
        return "feed";
    }

    @Override
    public List<ExportedNotification> export(String subscriberId) {
        return notifications.allOf(subscriberId).stream().map(ExportedNotification::of).toList();
    }

    @Override
    public void erase(String subscriberId) {
        notifications.removeAllOf(subscriberId);
    }

    record ExportedNotification(String id, String eventType, String subject, String unit, Instant time,
                                Map<String, String> text, Instant readAt) {

        static ExportedNotification of(Notification notification) {
            return new ExportedNotification(notification.getId(), notification.getEventType(),
                    notification.getSubject(), notification.getUnit(), notification.getTime(), notification.getText(),
                    notification.getReadAt());
        }
    }
}
