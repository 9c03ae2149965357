package berlin.gemeinsam.notifications.subscriptions.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * A subscriber follows an idea, a measure, a unit, a field of action or a saved search. Following the same target
 * twice is one subscription: its id follows from subscriber and target, so the store's unique id turns a repeated
 * follow into a no-op.
 */
public class Subscription {

    private final String id;
    private final String subscriberId;
    private final Target target;
    private final Instant createdAt;
    /**
     * What a subscription of a saved search ({@link TargetType#SEARCH}) looks for; none for other targets. Not a
     * constructor parameter: the store sets it when it is there.
     */
    private SearchProfile profile;

    Subscription(String id, String subscriberId, Target target, Instant createdAt) {
        this.id = id;
        this.subscriberId = subscriberId;
        this.target = target;
        this.createdAt = createdAt;
    }

    /** The time is kept to the millisecond, as precise as the store keeps it, so a re-read shows the same. */
    public static Subscription follow(String subscriberId, Target target, Instant now) {
        return new Subscription(idOf(subscriberId, target), subscriberId, target, now.truncatedTo(ChronoUnit.MILLIS));
    }

    /** Saves a search: the target is named by the profile's content, so saving the same profile twice is one. */
    public static Subscription search(String subscriberId, SearchProfile profile, Instant now) {
        Subscription subscription = follow(subscriberId, Target.search(profile.id()), now);
        subscription.profile = profile;
        return subscription;
    }

    /**
     * The subscriber id is free text, so its length is part of the name: no two different subscriber and target
     * pairs can spell the same name.
     */
    static String idOf(String subscriberId, Target target) {
        String name = subscriberId.length() + ":" + subscriberId + "/" + target.type() + "/" + target.id();
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }

    public String getId() {
        return id;
    }

    public String getSubscriberId() {
        return subscriberId;
    }

    public Target getTarget() {
        return target;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public SearchProfile getProfile() {
        return profile;
    }
}
