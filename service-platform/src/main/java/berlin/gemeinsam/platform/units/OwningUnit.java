package berlin.gemeinsam.platform.units;

import berlin.gemeinsam.platform.ids.TimeOrderedIds;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * The unit this service instance is started for, and the service's name. Every record the instance writes
 * and every event it publishes belongs to this unit.
 */
public record OwningUnit(Unit unit, String service) {

    public String id() {
        return unit.id();
    }

    /**
     * The id of a new aggregate. Without an idempotency key it is random after the time ({@link TimeOrderedIds});
     * with one it follows from the unit, the kind of aggregate and the key, so a client that repeats a request
     * after a lost answer hits the aggregate it created before instead of creating a second one.
     */
    public String newAggregateId(String aggregateType, String idempotencyKey) {
        if (idempotencyKey == null) {
            return TimeOrderedIds.random(Instant.now());
        }
        String name = unit.id() + "/" + aggregateType + "/" + idempotencyKey;
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** CloudEvents {@code source} of everything this instance publishes, e.g. {@code /units/mitte/ideas-service}. */
    public String eventSource() {
        return "/units/" + unit.id() + "/" + service;
    }
}
