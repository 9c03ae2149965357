package berlin.gemeinsam.notifications.privacy.application;

import java.util.List;

/**
 * A part of the service that holds data about a subscriber: it exports what it holds about them and erases it. The
 * privacy use cases call every such bean, so a feature that starts storing something about subscribers adds one and
 * is part of the export and the erasure without a change here.
 */
public interface SubscriberData {

    /** The name of this part in the export, e.g. {@code subscriptions}; unique within the service. */
    String part();

    /** What this part holds about the subscriber, as records that read as JSON; empty when nothing. */
    List<?> export(String subscriberId);

    /**
     * Removes what this part holds about the subscriber. Repeating it changes nothing more, so that an erasure a crash
     * interrupted is finished by running it again.
     */
    void erase(String subscriberId);
}
