package berlin.gemeinsam.platform.events;

import java.time.Instant;

/**
 * A CloudEvents 1.0 event as it travels on Kafka in binary mode: the attributes are {@code ce_} headers,
 * {@code data} is the record value (JSON), and the record key is {@code subject}, the aggregate id, so that
 * one aggregate's events stay in order.
 *
 * @param id         unique per source (UUID)
 * @param source     publishing unit and service, e.g. {@code /units/mitte/ideas-service}
 * @param type       versioned reverse-DNS type, e.g. {@code berlin.gemeinsam.idea.published.v1}
 * @param subject    the aggregate's id
 * @param time       when the change happened
 * @param dataschema URI of the JSON Schema of {@code data}
 * @param unit       extension attribute: the unit owning the aggregate
 * @param data       the event record as JSON (UTF-8)
 * @param sequence   extension attribute: the event's place in its aggregate's order ({@link EventSequence}); null
 *                   for an event written before outboxes recorded it
 */
public record EventEnvelope(
        String id,
        String source,
        String type,
        String subject,
        Instant time,
        String dataschema,
        String unit,
        byte[] data,
        String sequence) {

    /** Identity for idempotency: CloudEvents defines an event as unique by source and id. */
    public String key() {
        return source + "|" + id;
    }
}
