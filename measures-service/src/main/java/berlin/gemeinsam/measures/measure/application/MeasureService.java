package berlin.gemeinsam.measures.measure.application;

import berlin.gemeinsam.measures.measure.domain.Measure;
import berlin.gemeinsam.measures.measure.domain.MeasureType;
import berlin.gemeinsam.platform.errors.NotFoundException;
import berlin.gemeinsam.platform.paging.Page;
import berlin.gemeinsam.platform.security.Access;
import berlin.gemeinsam.platform.units.OwningUnit;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.List;

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
            sourceIdeas.requireAdoptable(command.sourceIdeaId(), id);
        }
        Measure.Proposal proposal = Measure.propose(id, owner.id(), command.title(), command.goal(), command.type(),
                command.sourceIdeaId(), command.participatingUnits(), clock.instant());
        if (measures.add(proposal.measure(), proposal.event())) {
            return new Submission(proposal.measure(), true);
        }
        return new Submission(get(id), false);
    }

    public Measure get(String id) {
        return measures.find(id).orElseThrow(() -> new NotFoundException("measure", id));
    }

    public Page<Measure> list(MeasureType type, int page, int size) {
        return measures.list(type, page, size);
    }

    public record ProposeMeasure(String title, String goal, MeasureType type, String sourceIdeaId,
                                 List<String> participatingUnits) {
    }

    public record Submission(Measure measure, boolean created) {
    }
}
