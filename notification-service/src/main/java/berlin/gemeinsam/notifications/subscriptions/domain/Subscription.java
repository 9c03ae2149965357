package berlin.gemeinsam.notifications.subscriptions.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
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

    /**
     * Where the subscriber is told, and in which language mails are written. Not constructor parameters: a
     * subscription stored before they were chosen has neither and is told in the feed only, in German.
     */
    private Set<Channel> channels;
    private String language;
    /** How often mails go out; a subscription stored before it was chosen mails at once. */
    private Frequency frequency;

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
        return search(subscriberId, profile, now, Set.of(Channel.IN_APP), Language.DEFAULT, Frequency.IMMEDIATELY);
    }

    /** Saves a search told on the channels, mails written in the language and sent as often as the frequency says. */
    public static Subscription search(String subscriberId, SearchProfile profile, Instant now, Set<Channel> channels,
                                      String language, Frequency frequency) {
        Subscription subscription = follow(subscriberId, Target.search(profile.id()), now, channels, language,
                frequency);
        subscription.profile = profile;
        return subscription;
    }

    /** Follows a target and is told on the channels, mails written in the language ({@code de} or {@code en}). */
    public static Subscription follow(String subscriberId, Target target, Instant now, Set<Channel> channels,
                                      String language) {
        return follow(subscriberId, target, now, channels, language, Frequency.IMMEDIATELY);
    }

    /** Follows a target told on the channels, mails written in the language and sent as often as the frequency says. */
    public static Subscription follow(String subscriberId, Target target, Instant now, Set<Channel> channels,
                                      String language, Frequency frequency) {
        Subscription subscription = follow(subscriberId, target, now);
        subscription.channels = channels.isEmpty() ? EnumSet.of(Channel.IN_APP) : EnumSet.copyOf(channels);
        subscription.language = language;
        subscription.frequency = frequency;
        return subscription;
    }

    /**
     * Tells on other channels, in another language or as often as another frequency says from now on; what is not
     * given stays. Returns the channels it no longer tells on.
     */
    public Set<Channel> change(Optional<Set<Channel>> newChannels, Optional<String> newLanguage,
                               Optional<Frequency> newFrequency) {
        Set<Channel> before = getChannels();
        newChannels.ifPresent(chosen -> {
            if (chosen.isEmpty()) {
                throw new IllegalArgumentException("a subscription tells on at least one channel");
            }
            channels = EnumSet.copyOf(chosen);
        });
        newLanguage.ifPresent(chosen -> language = chosen);
        newFrequency.ifPresent(chosen -> frequency = chosen);
        Set<Channel> removed = EnumSet.noneOf(Channel.class);
        removed.addAll(before);
        removed.removeAll(getChannels());
        return removed;
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

    public Set<Channel> getChannels() {
        return channels == null ? Set.of(Channel.IN_APP) : Set.copyOf(channels);
    }

    public String getLanguage() {
        return language == null ? Language.DEFAULT : language;
    }

    public Frequency getFrequency() {
        return frequency == null ? Frequency.IMMEDIATELY : frequency;
    }
}
