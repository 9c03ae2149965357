package berlin.gemeinsam.measures.measure;

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
    private final List<String> participatingUnits;
    private final Instant proposedAt;
    private final long version;

    Measure(String id, String unit, String title, String goal, MeasureType type, MeasureStatus status,
            String sourceIdeaId, List<String> participatingUnits, Instant proposedAt, long version) {
        this.id = id;
        this.unit = unit;
        this.title = title;
        this.goal = goal;
        this.type = type;
        this.status = status;
        this.sourceIdeaId = sourceIdeaId;
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
        Measure measure = new Measure(id, unit, title, goal, type, MeasureStatus.PROPOSED, sourceIdeaId, team,
                now, 0);
        return new Proposal(measure, new MeasureProposed(id, unit, title, goal, type.name(), sourceIdeaId, now));
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
