package berlin.gemeinsam.notifications.subscriptions.domain;

/** One subscription as the fan-out needs it: who follows which target. */
public record Follower(String subscriberId, Target target) {
}
