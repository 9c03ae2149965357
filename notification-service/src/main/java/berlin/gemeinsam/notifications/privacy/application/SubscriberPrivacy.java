package berlin.gemeinsam.notifications.privacy.application;

import berlin.gemeinsam.platform.security.Access;
import berlin.gemeinsam.platform.units.OwningUnit;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A subscriber's rights of access and erasure (GDPR Art. 15 and 17) over what this unit's notification-service holds
 * about them, in every {@link SubscriberData} part. The subscriber themself exports and erases; participation-service
 * erases the same person through {@code participant.erased.v1}, the subscriber id being the participant's
 * pseudonymous id. For anybody else the subscriber does not exist.
 */
@Service
public class SubscriberPrivacy {

    private static final String SUBSCRIBER = "subscriber";

    private final List<SubscriberData> parts;
    private final Erasures erasures;
    private final Access access;
    private final OwningUnit owner;
    private final Clock clock;

    SubscriberPrivacy(List<SubscriberData> parts, Erasures erasures, Access access, OwningUnit owner, Clock clock) {
        this.parts = parts;
        this.erasures = erasures;
        this.access = access;
        this.owner = owner;
        this.clock = clock;
    }

    public SubscriberExport export(String subscriberId) {
        access.personOwning(subscriberId, SUBSCRIBER);
        Map<String, List<?>> data = new TreeMap<>();
        for (SubscriberData part : parts) {
            data.put(part.part(), part.export(subscriberId));
        }
        return new SubscriberExport(subscriberId, owner.id(), clock.instant(), data);
    }

    /** The subscriber asks to be erased: once this returns, nothing about them is left here. */
    public void erase(String subscriberId) {
        access.personOwning(subscriberId, SUBSCRIBER);
        eraseAsAnnounced(subscriberId, clock.instant());
    }

    /**
     * participation-service announced the erasure, asked for at that time, of the participant whose id is also their
     * subscriber id. The erasure is noted first, so that a redelivery after a crash half-way erases the rest.
     */
    public void eraseAsAnnounced(String subscriberId, Instant requestedAt) {
        erasures.record(subscriberId, requestedAt);
        for (SubscriberData part : parts) {
            part.erase(subscriberId);
        }
    }
}
