package berlin.gemeinsam.notifications.privacy.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything this unit's notification-service holds about a subscriber (GDPR Art. 15).
 *
 * @param data each part (subscriptions, feed, e-mail, …) with its records, a part holding nothing included as empty
 */
public record SubscriberExport(String subscriberId, String unit, Instant exportedAt, Map<String, List<?>> data) {
}
