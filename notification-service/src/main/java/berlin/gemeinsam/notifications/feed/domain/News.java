package berlin.gemeinsam.notifications.feed.domain;

import berlin.gemeinsam.events.ideas.IdeaAdopted;
import berlin.gemeinsam.events.ideas.IdeaMerged;
import berlin.gemeinsam.events.ideas.IdeaPublished;
import berlin.gemeinsam.events.measures.MeasureProposed;
import berlin.gemeinsam.notifications.subscriptions.domain.Target;

import java.time.Instant;
import java.util.List;

/**
 * What one event tells followers: whose followers hear of it ({@code audience}) and in which words. The unit is
 * the occurrence's, the one owning the event's topic.
 *
 * @param eventKey the event's identity (CloudEvents source and id), part of each notification's id
 */
public record News(String eventKey, String eventType, String subject, String unit, Instant time,
                   List<Target> audience, Wording wording) {

    public News {
        audience = List.copyOf(audience);
    }

    /** Followers of the unit and of the idea hear of a new idea. */
    public static News of(IdeaPublished idea, Occurrence occurrence) {
        return about(occurrence, List.of(Target.unit(occurrence.unit()), Target.idea(idea.ideaId())),
                new Wording("notification.idea-published", occurrence.unit(), idea.title()));
    }

    /** Followers of the unit and of the idea hear that it became a measure. */
    public static News of(IdeaAdopted adoption, Occurrence occurrence) {
        return about(occurrence, List.of(Target.unit(occurrence.unit()), Target.idea(adoption.ideaId())),
                new Wording("notification.idea-adopted", occurrence.unit(), adoption.title()));
    }

    /**
     * Followers of the idea hear that it was merged into another, which they follow from then on; the unit's
     * followers heard of both ideas already.
     */
    public static News of(IdeaMerged merge, Occurrence occurrence) {
        return about(occurrence, List.of(Target.idea(merge.ideaId())),
                new Wording("notification.idea-merged", occurrence.unit(), merge.title()));
    }

    /** Followers of the unit and of the measure hear of a new measure. */
    public static News of(MeasureProposed measure, Occurrence occurrence) {
        return about(occurrence, List.of(Target.unit(occurrence.unit()), Target.measure(measure.measureId())),
                new Wording("notification.measure-proposed", occurrence.unit(), measure.title()));
    }

    private static News about(Occurrence occurrence, List<Target> audience, Wording wording) {
        return new News(occurrence.eventKey(), occurrence.type(), occurrence.subject(), occurrence.unit(),
                occurrence.time(), audience, wording);
    }
}
