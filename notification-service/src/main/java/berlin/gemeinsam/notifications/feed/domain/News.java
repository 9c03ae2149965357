package berlin.gemeinsam.notifications.feed.domain;

import berlin.gemeinsam.events.ideas.IdeaAdopted;
import berlin.gemeinsam.events.ideas.IdeaMerged;
import berlin.gemeinsam.events.ideas.IdeaPublished;
import berlin.gemeinsam.events.measures.MeasureHealthChanged;
import berlin.gemeinsam.events.measures.MeasureProposed;
import berlin.gemeinsam.events.measures.MeasureProposedV2;
import berlin.gemeinsam.events.participation.FormatWaitlistPromoted;
import berlin.gemeinsam.notifications.subscriptions.domain.Target;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * What one event tells followers: whose followers hear of it ({@code audience}) and in which words. The unit is
 * the occurrence's, the one owning the event's topic.
 *
 * @param eventKey what is told (an event's CloudEvents source and id, or a measure's proposal), part of each
 *                 notification's id
 */
public record News(String eventKey, String eventType, String subject, String unit, Instant time,
                   List<Target> audience, Wording wording) {

    /** The healths with words of their own; a health added later is told in general words until it has some. */
    private static final Set<String> KNOWN_HEALTH = Set.of("ON_TRACK", "AT_RISK", "OFF_TRACK");

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

    /**
     * Followers of the unit and of the measure hear of a new measure. The proposal is told once, whether v1, v2 or
     * both of it arrive: the news is the proposal's, identified by the measure and timed by the proposal.
     */
    public static News of(MeasureProposed measure, Occurrence occurrence) {
        return proposal(measure.measureId(), measure.title(), measure.proposedAt(), occurrence);
    }

    /** As v1 of the proposal, which it comes with. */
    public static News of(MeasureProposedV2 measure, Occurrence occurrence) {
        return proposal(measure.measureId(), measure.title(), measure.proposedAt(), occurrence);
    }

    private static News proposal(String measureId, String title, Instant proposedAt, Occurrence occurrence) {
        return new News("measure.proposed|" + measureId, occurrence.type(), occurrence.subject(), occurrence.unit(),
                proposedAt == null ? occurrence.time() : proposedAt,
                List.of(Target.unit(occurrence.unit()), Target.measure(measureId)),
                new Wording("notification.measure-proposed", occurrence.unit(), title));
    }

    /**
     * Followers of the measure and of the ideas it takes up hear that its health changed: the line from an idea to
     * what became of it. The unit's followers do not, as they would hear of every turn of every measure.
     *
     * @param ideaIds the ideas the measure takes up (its source idea and those linked to it)
     */
    public static News of(MeasureHealthChanged change, Occurrence occurrence, Collection<String> ideaIds) {
        List<Target> audience = new ArrayList<>();
        audience.add(Target.measure(change.measureId()));
        ideaIds.forEach(ideaId -> audience.add(Target.idea(ideaId)));
        String code = KNOWN_HEALTH.contains(change.health())
                ? "notification.measure-health-changed." + change.health()
                : "notification.measure-health-changed";
        return about(occurrence, audience, new Wording(code, occurrence.unit(), change.title()));
    }

    /**
     * The participant who waited for a seat at a dialog format got one: told to them alone (the audience is empty),
     * not to the format's followers.
     */
    public static News of(FormatWaitlistPromoted promotion, Occurrence occurrence) {
        return about(occurrence, List.of(),
                new Wording("notification.format-waitlist-promoted", occurrence.unit(), promotion.title()));
    }

    private static News about(Occurrence occurrence, List<Target> audience, Wording wording) {
        return new News(occurrence.eventKey(), occurrence.type(), occurrence.subject(), occurrence.unit(),
                occurrence.time(), audience, wording);
    }
}
