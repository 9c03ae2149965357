package berlin.gemeinsam.measures.measure.domain;

import berlin.gemeinsam.events.measures.MeasureProposed;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * A measure (Maßnahme): a concrete undertaking with a goal, led by the unit that owns it, optionally taking up
 * an idea, and carried by a Projektteam of participating units.
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

    Measure(String id, String unit, String title, String goal, MeasureType type, MeasureStatus status,
            String sourceIdeaId, SourceIdeaState sourceIdeaState, String sourceIdeaDeclineReason,
            List<String> participatingUnits, Instant proposedAt, long version) {
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
    }

    /**
     * Proposes a measure led by {@code unit}. A Projektteam is a set of units, so a unit named twice takes part
     * once.
     *
     * @return the new measure together with the event its proposal causes
     */
    public static Proposal propose(String id, String unit, String title, String goal, MeasureType type,
                                   String sourceIdeaId, List<String> participatingUnits, Instant now) {
        Objects.requireNonNull(goal, "a measure needs its goal");
        Objects.requireNonNull(type, "a measure needs its type");
        List<String> team = participatingUnits == null ? List.of()
                : List.copyOf(new LinkedHashSet<>(participatingUnits));
        Measure measure = new Measure(id, unit, title, goal, type, MeasureStatus.PROPOSED, sourceIdeaId, null, null,
                team, now, 0);
        return new Proposal(measure, new MeasureProposed(id, unit, title, goal, type.name(), sourceIdeaId, now));
    }

    /**
     * The source idea adopted this measure.
     *
     * @return whether the measure changed: not when it waits for no answer of this idea
     */
    public boolean sourceIdeaAdopted(String ideaId) {
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

    /** A freshly proposed measure and the {@link MeasureProposed} event that must be published with it. */
    public record Proposal(Measure measure, MeasureProposed event) {
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
}
