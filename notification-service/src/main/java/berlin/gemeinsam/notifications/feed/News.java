package berlin.gemeinsam.notifications.feed;

import berlin.gemeinsam.events.ideas.IdeaAdopted;
import berlin.gemeinsam.events.ideas.IdeaPublished;
import berlin.gemeinsam.events.measures.MeasureProposed;
import berlin.gemeinsam.notifications.subscriptions.Target;
import berlin.gemeinsam.platform.events.EventEnvelope;

import java.time.Instant;
import java.util.List;

/**
 * What one event tells followers: whose followers hear of it ({@code audience}) and in which words. The unit is
 * the envelope's, which the consumer has checked against the topic it came from.
 *
 * @param eventKey the event's identity (CloudEvents source and id), part of each notification's id
 */
public record News(String eventKey, String eventType, String subject, String unit, Instant time,
                   List<Target> audience, Wording wording) {

    public News {
        audience = List.copyOf(audience);
    }

    /** Followers of the unit and of the idea hear of a new idea. */
    public static News of(IdeaPublished idea, EventEnvelope envelope) {
        return about(envelope, List.of(Target.unit(envelope.unit()), Target.idea(idea.ideaId())),
                new Wording("notification.idea-published", envelope.unit(), idea.title()));
    }

    /** Followers of the unit and of the idea hear that it became a measure. */
    public static News of(IdeaAdopted adoption, EventEnvelope envelope) {
        return about(envelope, List.of(Target.unit(envelope.unit()), Target.idea(adoption.ideaId())),
                new Wording("notification.idea-adopted", envelope.unit(), adoption.title()));
    }

    /** Followers of the unit and of the measure hear of a new measure. */
    public static News of(MeasureProposed measure, EventEnvelope envelope) {
        return about(envelope, List.of(Target.unit(envelope.unit()), Target.measure(measure.measureId())),
                new Wording("notification.measure-proposed", envelope.unit(), measure.title()));
    }

    private static News about(EventEnvelope envelope, List<Target> audience, Wording wording) {
        return new News(envelope.key(), envelope.type(), envelope.subject(), envelope.unit(), envelope.time(),
                audience, wording);
    }
}
