package berlin.gemeinsam.notifications.feed.domain;

import java.time.Instant;

/**
 * An event apart from its data, as its envelope tells it: what happened to which aggregate of which unit, and when.
 *
 * @param eventKey the event's identity (CloudEvents source and id), part of each notification's id
 * @param type     the event's versioned type
 * @param subject  the id of the idea or measure the event is about
 * @param unit     the unit owning it, checked by the consumer against the topic the event came from
 * @param time     when it happened
 */
public record Occurrence(String eventKey, String type, String subject, String unit, Instant time) {
}
