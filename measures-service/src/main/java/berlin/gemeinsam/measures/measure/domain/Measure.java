package berlin.gemeinsam.measures.measure.domain;

import berlin.gemeinsam.events.Category;
import berlin.gemeinsam.events.GuidingPrinciple;
import berlin.gemeinsam.events.measures.MeasureIdeaLinked;
import berlin.gemeinsam.events.measures.MeasureProposed;
import berlin.gemeinsam.events.measures.MeasureProposedV2;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A measure (Maßnahme): a concrete undertaking with a goal, led by the unit that owns it, optionally taking up
 * an idea (and later more: linked ideas), carried by a Projektteam of participating units, serving fields of
 * action and guiding principles of the strategy, and entrusted with a {@link Mandate}.
 */
public class Measure {

    private final String id;
    private final String unit;
    private final String title;
    private final String goal;
    private final MeasureType type;
    private final MeasureStatus status;
    private final String sourceIdeaId;
    private SourceIdeaState sourceIdeaState;
    private String sourceIdeaDeclineReason;
    private final List<String> participatingUnits;
    private final Instant proposedAt;
    private final long version;
    private final List<Category> fieldsOfAction;
    private final List<GuidingPrinciple> guidingPrinciples;
    private final List<LinkedIdea> linkedIdeas;
    private Mandate mandate;

    Measure(String id, String unit, String title, String goal, MeasureType type, MeasureStatus status,
            String sourceIdeaId, SourceIdeaState sourceIdeaState, String sourceIdeaDeclineReason,
            List<String> participatingUnits, Instant proposedAt, long version, List<Category> fieldsOfAction,
            List<GuidingPrinciple> guidingPrinciples, List<LinkedIdea> linkedIdeas, Mandate mandate) {
        this.id = id;
        this.unit = unit;
        this.title = title;
        this.goal = goal;
        this.type = type;
        this.status = status;
        this.sourceIdeaId = sourceIdeaId;
        // measures stored before the idea answered (or before answers were kept) still wait for it
        this.sourceIdeaState = sourceIdeaId == null ? null
                : sourceIdeaState == null ? SourceIdeaState.PENDING : sourceIdeaState;
        this.sourceIdeaDeclineReason = sourceIdeaDeclineReason;
        this.participatingUnits = participatingUnits == null ? List.of() : List.copyOf(participatingUnits);
        this.proposedAt = proposedAt;
        this.version = version;
        // measures stored before these were kept serve no field or principle, link no idea and have no mandate
        this.fieldsOfAction = fieldsOfAction == null ? List.of() : List.copyOf(fieldsOfAction);
        this.guidingPrinciples = guidingPrinciples == null ? List.of() : List.copyOf(guidingPrinciples);
        this.linkedIdeas = linkedIdeas == null ? new ArrayList<>() : new ArrayList<>(linkedIdeas);
        this.mandate = mandate == null ? Mandate.open() : mandate;
    }

    /**
     * Proposes a measure led by {@code unit}. A Projektteam is a set of units, so a unit named twice takes part
     * once; fields of action and guiding principles are sets too. Without a mandate nothing is granted yet.
     *
     * @return the new measure together with the events its proposal causes
     */
    public static Proposal propose(String id, String unit, String title, String goal, MeasureType type,
                                   String sourceIdeaId, List<String> participatingUnits,
                                   Collection<Category> fieldsOfAction, Collection<GuidingPrinciple> guidingPrinciples,
                                   Mandate mandate, Instant now) {
        Objects.requireNonNull(goal, "a measure needs its goal");
        Objects.requireNonNull(type, "a measure needs its type");
        Measure measure = new Measure(id, unit, title, goal, type, MeasureStatus.PROPOSED, sourceIdeaId, null, null,
                distinct(participatingUnits), now, 0, distinct(fieldsOfAction), distinct(guidingPrinciples), null,
                mandate);
        List<String> linkedIdeaIds = sourceIdeaId == null ? List.of() : List.of(sourceIdeaId);
        return new Proposal(measure,
                new MeasureProposed(id, unit, title, goal, type.name(), sourceIdeaId, now),
                new MeasureProposedV2(id, unit, title, goal, type.name(), sourceIdeaId, measure.participatingUnits,
                        names(measure.fieldsOfAction), names(measure.guidingPrinciples), linkedIdeaIds, now));
    }

    /** Grants the measure its mandate, or changes what was granted. */
    public void entrust(Mandate granted) {
        mandate = Objects.requireNonNull(granted, "a measure's mandate");
    }

    /**
     * Takes up one more idea, which answers like a source idea. Linking the source idea or an idea linked before
     * changes nothing (a repeated request).
     *
     * @return the event that asks the idea's unit for its answer, empty when the idea was linked before
     */
    public Optional<MeasureIdeaLinked> linkIdea(String ideaId, Instant now) {
        Objects.requireNonNull(ideaId, "the idea to link");
        if (ideaId.equals(sourceIdeaId) || linkedIdeas.stream().anyMatch(linked -> linked.ideaId().equals(ideaId))) {
            return Optional.empty();
        }
        linkedIdeas.add(new LinkedIdea(ideaId, SourceIdeaState.PENDING, null, now));
        return Optional.of(new MeasureIdeaLinked(id, unit, title, ideaId, now));
    }

    /** Every idea the measure takes up: its source idea first, then the linked ones in the order they came. */
    public List<String> ideaIds() {
        return Stream.concat(Stream.ofNullable(sourceIdeaId), linkedIdeas.stream().map(LinkedIdea::ideaId)).toList();
    }

    /**
     * The source idea, or a linked idea, adopted this measure.
     *
     * @return whether the measure changed: not when it waits for no answer of this idea
     */
    public boolean sourceIdeaAdopted(String ideaId) {
        if (linkedIdeaAnswered(ideaId, SourceIdeaState.ADOPTED, null)) {
            return true;
        }
        if (!waitsForAnswerOf(ideaId)) {
            return false;
        }
        sourceIdeaState = SourceIdeaState.ADOPTED;
        return true;
    }

    /**
     * The source idea declined this measure, e.g. because another measure adopted it first; the measure keeps
     * the idea's id so that its unit sees what it had proposed, and why it did not become the idea's measure.
     *
     * @return whether the measure changed: not when it waits for no answer of this idea
     */
    public boolean sourceIdeaDeclined(String ideaId, String reason) {
        if (linkedIdeaAnswered(ideaId, SourceIdeaState.DECLINED, reason)) {
            return true;
        }
        if (!waitsForAnswerOf(ideaId)) {
            return false;
        }
        sourceIdeaState = SourceIdeaState.DECLINED;
        sourceIdeaDeclineReason = reason;
        return true;
    }

    private boolean waitsForAnswerOf(String ideaId) {
        return sourceIdeaState == SourceIdeaState.PENDING && sourceIdeaId.equals(ideaId);
    }

    private boolean linkedIdeaAnswered(String ideaId, SourceIdeaState answer, String reason) {
        for (int index = 0; index < linkedIdeas.size(); index++) {
            LinkedIdea linked = linkedIdeas.get(index);
            if (linked.ideaId().equals(ideaId) && linked.state() == SourceIdeaState.PENDING) {
                linkedIdeas.set(index, linked.answered(answer, reason));
                return true;
            }
        }
        return false;
    }

    private static <T> List<T> distinct(Collection<T> values) {
        return values == null ? List.of() : List.copyOf(new LinkedHashSet<>(values));
    }

    private static List<String> names(List<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).toList();
    }

    /**
     * A freshly proposed measure and the events that must be published with it: {@link MeasureProposed} and, after
     * it, {@link MeasureProposedV2} until v1's readers moved.
     */
    public record Proposal(Measure measure, MeasureProposed event, MeasureProposedV2 eventV2) {

        public List<Record> events() {
            return List.of(event, eventV2);
        }
    }

    public String getId() {
        return id;
    }

    public String getUnit() {
        return unit;
    }

    public String getTitle() {
        return title;
    }

    public String getGoal() {
        return goal;
    }

    public MeasureType getType() {
        return type;
    }

    public MeasureStatus getStatus() {
        return status;
    }

    public String getSourceIdeaId() {
        return sourceIdeaId;
    }

    public SourceIdeaState getSourceIdeaState() {
        return sourceIdeaState;
    }

    public String getSourceIdeaDeclineReason() {
        return sourceIdeaDeclineReason;
    }

    public List<String> getParticipatingUnits() {
        return participatingUnits;
    }

    public Instant getProposedAt() {
        return proposedAt;
    }

    public long getVersion() {
        return version;
    }

    public List<Category> getFieldsOfAction() {
        return fieldsOfAction;
    }

    public List<GuidingPrinciple> getGuidingPrinciples() {
        return guidingPrinciples;
    }

    public List<LinkedIdea> getLinkedIdeas() {
        return List.copyOf(linkedIdeas);
    }

    public Mandate getMandate() {
        return mandate;
    }
}
