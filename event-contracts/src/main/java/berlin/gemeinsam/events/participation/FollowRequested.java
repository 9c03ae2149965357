package berlin.gemeinsam.events.participation;

import berlin.gemeinsam.events.EventStream;
import berlin.gemeinsam.events.EventType;

import java.time.Instant;

/**
 * A person who supported an idea ({@code reason} SUPPORT, {@code targetType} IDEA) or registered for a dialog format
 * (REGISTRATION, FORMAT) follows it, unless they opted out. This is the one event that names a supporter
 * ({@code subscriberId}, the pseudonymous token subject that notification-service's subscriptions use), and only
 * notification-service reads it: the support events stay without the participant. Written in the same store write as
 * the support or registration, once per support or registration.
 */
@EventType(value = "berlin.gemeinsam.follow.requested.v1", stream = EventStream.PARTICIPATION)
public record FollowRequested(
        String subscriberId,
        String targetType,
        String targetId,
        String unit,
        String reason,
        Instant requestedAt) {
}
