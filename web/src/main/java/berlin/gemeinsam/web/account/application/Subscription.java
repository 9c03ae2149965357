package berlin.gemeinsam.web.account.application;

import java.util.Set;

/**
 * What a person follows and how they are told of it.
 *
 * @param targetType IDEA, MEASURE, UNIT, CATEGORY or SEARCH
 * @param targetId   the idea's, measure's or unit's id, the category's name; null for a saved search
 * @param channels   IN_APP, EMAIL, WEBHOOK
 * @param language   of the mails, de or en
 */
public record Subscription(String id, String targetType, String targetId, Set<String> channels, String language) {

    public static final Set<String> CHANNELS = Set.of("IN_APP", "EMAIL", "WEBHOOK");

    public Subscription {
        channels = Set.copyOf(channels);
    }

    public boolean tellsBy(String channel) {
        return channels.contains(channel);
    }
}
