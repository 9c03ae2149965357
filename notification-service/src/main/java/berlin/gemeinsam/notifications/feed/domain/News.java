package berlin.gemeinsam.notifications.feed.domain;

import berlin.gemeinsam.events.Category;
import berlin.gemeinsam.events.ideas.IdeaAdopted;
import berlin.gemeinsam.events.ideas.IdeaMerged;
import berlin.gemeinsam.events.ideas.IdeaPublished;
import berlin.gemeinsam.events.ideas.IdeaPublishedV2;
import berlin.gemeinsam.events.measures.MeasureHealthChanged;
import berlin.gemeinsam.events.measures.MeasureProposed;
import berlin.gemeinsam.events.measures.MeasureProposedV2;
import berlin.gemeinsam.events.participation.FormatWaitlistPromoted;
import berlin.gemeinsam.notifications.subscriptions.domain.GeoPoint;
import berlin.gemeinsam.notifications.subscriptions.domain.Publication;
import berlin.gemeinsam.notifications.subscriptions.domain.Target;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What one event tells followers: whose followers hear of it ({@code audience}) and in which words. The unit is
 * the occurrence's, the one owning the event's topic.
 *
 * @param eventKey    what is told (an event's CloudEvents source and id, or an idea's publication or a measure's
 *                    proposal), part of each notification's id
 * @param publication what saved searches look at, for a new idea or measure; their matching subscribers hear of it
 *                    besides the audience
 */
public record News(String eventKey, String eventType, String subject, String unit, Instant time,
                   List<Target> audience, Wording wording, Optional<Publication> publication) {

    /** The healths with words of their own; a health added later is told in general words until it has some. */
    private static final Set<String> KNOWN_HEALTH = Set.of("ON_TRACK", "AT_RISK", "OFF_TRACK");

    public News {
        audience = List.copyOf(audience);
    }

    /** News no saved search looks at. */
    public News(String eventKey, String eventType, String subject, String unit, Instant time, List<Target> audience,
                Wording wording) {
        this(eventKey, eventType, subject, unit, time, audience, wording, Optional.empty());
    }

    /**
     * Followers of the unit, of the idea and of its field of action hear of a new idea. The publication is told
     * once, whether v1, v2 or both of it arrive: the news is the publication's, identified by the idea and timed by
     * its publication. Saved searches look at v2 only, which has the idea's place.
     */
    public static News of(IdeaPublished idea, Occurrence occurrence) {
        return publication(idea.ideaId(), idea.title(), idea.category(), idea.publishedAt(), occurrence,
                Optional.empty());
    }

    /** As v1 of the publication, which it comes with; saved searches matching the idea hear of it too. */
    public static News of(IdeaPublishedV2 idea, Occurrence occurrence) {
        Optional<GeoPoint> place = idea.latitude() == null || idea.longitude() == null ? Optional.empty()
                : Optional.of(new GeoPoint(idea.latitude(), idea.longitude()));
        return publication(idea.ideaId(), idea.title(), idea.category(), idea.publishedAt(), occurrence,
                Optional.of(new Publication(occurrence.unit(), categoryNames(listOf(idea.category())), place,
                        listOf(idea.title(), idea.problem(), idea.proposal()))));
    }

    private static News publication(String ideaId, String title, String category, Instant publishedAt,
                                    Occurrence occurrence, Optional<Publication> publication) {
        List<Target> audience = new ArrayList<>(List.of(Target.unit(occurrence.unit()), Target.idea(ideaId)));
        categoryNames(listOf(category)).forEach(name -> audience.add(Target.category(name)));
        return new News("idea.published|" + ideaId, occurrence.type(), occurrence.subject(), occurrence.unit(),
                publishedAt == null ? occurrence.time() : publishedAt, audience,
                new Wording("notification.idea-published", occurrence.unit(), title), publication);
    }

    /**
     * What telling this news to the followers of its audience achieves: the same for each event that carries the
     * news to the same audience (v1 and v2 of a publication), so that the one that comes second need not tell them.
     */
    public String toldToAudience() {
        return eventKey + " to " + audience.stream().map(target -> target.type() + ":" + target.id()).sorted()
                .collect(Collectors.joining(","));
    }

    /**
     * This news once its audience's followers were told: what is left are the saved searches its publication reaches.
     */
    public News withoutAudience() {
        return new News(eventKey, eventType, subject, unit, time, List.of(), wording, publication);
    }

    /** The fields of action the labels name; a label of none (an idea from before the fixed list) is left out. */
    private static Set<String> categoryNames(List<String> labels) {
        Set<String> names = new TreeSet<>();
        labels.forEach(label -> Category.ofLabel(label).ifPresent(category -> names.add(category.name())));
        return names;
    }

    private static List<String> listOf(String... values) {
        List<String> present = new ArrayList<>();
        for (String value : values) {
            if (value != null) {
                present.add(value);
            }
        }
        return present;
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

    /**
     * As v1 of the proposal, which it comes with; followers of its fields of action and saved searches matching the
     * measure hear of it too. A measure has no place.
     */
    public static News of(MeasureProposedV2 measure, Occurrence occurrence) {
        Set<String> categories = categoryNames(measure.fieldsOfAction() == null ? List.of()
                : measure.fieldsOfAction());
        News proposal = proposal(measure.measureId(), measure.title(), measure.proposedAt(), occurrence);
        List<Target> audience = new ArrayList<>(proposal.audience());
        categories.forEach(name -> audience.add(Target.category(name)));
        return new News(proposal.eventKey(), proposal.eventType(), proposal.subject(), proposal.unit(),
                proposal.time(), audience, proposal.wording(), Optional.of(new Publication(occurrence.unit(),
                        categories, Optional.empty(), listOf(measure.title(), measure.goal()))));
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
