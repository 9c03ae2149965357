package berlin.gemeinsam.measures.measure.application;

import berlin.gemeinsam.events.Category;
import berlin.gemeinsam.events.GuidingPrinciple;
import berlin.gemeinsam.measures.measure.domain.Mandate;
import berlin.gemeinsam.measures.measure.domain.Measure;
import berlin.gemeinsam.measures.measure.domain.MeasureType;
import berlin.gemeinsam.platform.errors.NotFoundException;
import berlin.gemeinsam.platform.outbox.ConcurrentChanges;
import berlin.gemeinsam.platform.paging.Page;
import berlin.gemeinsam.platform.security.Access;
import berlin.gemeinsam.platform.units.OwningUnit;
import berlin.gemeinsam.platform.versions.ExpectedVersion;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.List;
import java.util.function.Function;

/** What can be done with the measures the unit leads. */
@Service
public class MeasureService {

    private final Measures measures;
    private final SourceIdeaCheck sourceIdeas;
    private final Access access;
    private final OwningUnit owner;
    private final Clock clock;

    MeasureService(Measures measures, SourceIdeaCheck sourceIdeas, Access access, OwningUnit owner, Clock clock) {
        this.measures = measures;
        this.sourceIdeas = sourceIdeas;
        this.access = access;
        this.owner = owner;
        this.clock = clock;
    }

    /** Unit admins of the unit propose its measures; the unit leads them. */
    public void requireMayPropose() {
        access.unitAdminOf(owner.id());
    }

    /**
     * Proposes a measure led by the owning unit. With an idempotency key the measure's id follows from the key,
     * so a client that repeats the request after a lost answer gets the same measure back and no second event
     * is published. A measure from an idea needs a published idea that is still free.
     */
    public Submission propose(ProposeMeasure command, String idempotencyKey) {
        requireMayPropose();
        String id = owner.newAggregateId("measure", idempotencyKey);
        if (command.sourceIdeaId() != null) {
            sourceIdeas.requireAdoptable(command.sourceIdeaId(), id, "sourceIdeaId");
        }
        Measure.Proposal proposal = Measure.propose(id, owner.id(), command.title(), command.goal(), command.type(),
                command.sourceIdeaId(), command.participatingUnits(), command.fieldsOfAction(),
                command.guidingPrinciples(), command.mandate(), clock.instant());
        if (measures.add(proposal.measure(), proposal.events())) {
            return new Submission(proposal.measure(), true);
        }
        return new Submission(get(id), false);
    }

    /** Grants the measure its mandate or changes it; for the unit admins of the lead unit. */
    public Measure entrust(String id, ExpectedVersion expected, Mandate mandate) {
        return change(id, expected, measure -> {
            measure.entrust(mandate);
            return List.of();
        });
    }

    /**
     * Links one more idea, of any unit, to the measure; the idea must be adoptable like a source idea, and its unit
     * answers the link as it answers a proposal from the idea. Linking it again changes nothing.
     */
    public Measure linkIdea(String id, ExpectedVersion expected, String ideaId) {
        return change(id, expected, measure -> {
            sourceIdeas.requireAdoptable(ideaId, id, "ideaId");
            return measure.linkIdea(ideaId, clock.instant()).<List<Record>>map(List::of).orElse(List.of());
        });
    }

    /**
     * Makes a change of the lead unit's admins when the measure is at the version the caller expects, checked
     * against the version read in the same optimistic attempt, so that a change in between is refused
     * ({@code StaleVersionException}), never overwritten. Answers the measure as stored, at its new version.
     */
    private Measure change(String id, ExpectedVersion expected, Function<Measure, List<Record>> change) {
        requireMayPropose();
        ConcurrentChanges.retry(() -> {
            Measure measure = get(id);
            expected.check("measure", id, measure.getVersion());
            measures.save(measure, change.apply(measure));
            return measure;
        });
        return get(id);
    }

    public Measure get(String id) {
        return measures.find(id).orElseThrow(() -> new NotFoundException("measure", id));
    }

    public Page<Measure> list(MeasureType type, int page, int size) {
        return measures.list(type, page, size);
    }

    public record ProposeMeasure(String title, String goal, MeasureType type, String sourceIdeaId,
                                 List<String> participatingUnits, List<Category> fieldsOfAction,
                                 List<GuidingPrinciple> guidingPrinciples, Mandate mandate) {
    }

    public record Submission(Measure measure, boolean created) {
    }
}
