package berlin.gemeinsam.measures.measure.application;

import berlin.gemeinsam.events.Category;
import berlin.gemeinsam.events.GuidingPrinciple;
import berlin.gemeinsam.measures.measure.domain.Actor;
import berlin.gemeinsam.measures.measure.domain.Controlling;
import berlin.gemeinsam.measures.measure.domain.Direction;
import berlin.gemeinsam.measures.measure.domain.HealthOverride;
import berlin.gemeinsam.measures.measure.domain.Indicator;
import berlin.gemeinsam.measures.measure.domain.IndicatorValue;
import berlin.gemeinsam.measures.measure.domain.LessonsLearned;
import berlin.gemeinsam.measures.measure.domain.Mandate;
import berlin.gemeinsam.measures.measure.domain.Measure;
import berlin.gemeinsam.measures.measure.domain.MeasureType;
import berlin.gemeinsam.measures.measure.domain.NewTarget;
import berlin.gemeinsam.measures.measure.domain.Review;
import berlin.gemeinsam.platform.errors.NotFoundException;
import berlin.gemeinsam.platform.outbox.ConcurrentChanges;
import berlin.gemeinsam.platform.paging.Page;
import berlin.gemeinsam.platform.security.Access;
import berlin.gemeinsam.platform.security.Caller;
import berlin.gemeinsam.platform.units.OwningUnit;
import berlin.gemeinsam.platform.versions.ExpectedVersion;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** What can be done with the measures the unit leads. */
@Service
public class MeasureService {

    /** Milestones and indicators are dated in Berlin's days. */
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

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
        if (command.reviewInterval() != null) {
            proposal.measure().reviewEvery(command.reviewInterval());
        }
        List<Record> events = new ArrayList<>(proposal.events());
        events.add(proposal.measure().report(today(), clock.instant()));
        if (measures.add(proposal.measure(), events)) {
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

    public Measure addMilestone(String id, ExpectedVersion expected, MilestoneContent milestone) {
        return change(id, expected, measure -> measure.addMilestone(UUID.randomUUID().toString(), milestone.title(),
                milestone.dueDate(), milestone.doneDate(), today(), clock.instant()));
    }

    public Measure changeMilestone(String id, String milestoneId, ExpectedVersion expected,
                                   MilestoneContent milestone) {
        return change(id, expected, measure -> measure.changeMilestone(milestoneId, milestone.title(),
                milestone.dueDate(), milestone.doneDate(), today(), clock.instant()));
    }

    public Measure addIndicator(String id, ExpectedVersion expected, IndicatorContent indicator) {
        return change(id, expected, measure -> measure.addIndicator(new Indicator(UUID.randomUUID().toString(),
                indicator.name(), indicator.unitOfMeasurement(), indicator.baseline(), indicator.target(),
                indicator.targetDate(), indicator.direction(), List.of()), today(), clock.instant()));
    }

    /**
     * Reports a value of an indicator: unit admins of the lead unit and of the participating units may, since the
     * Projektteam measures together; the value names the unit that reported it.
     */
    public Measure reportValue(String id, String indicatorId, ExpectedVersion expected, ReportedValue value) {
        Measure read = get(id);
        String reporter = access.caller().map(Caller::unit)
                .filter(unit -> read.getParticipatingUnits().contains(unit)).orElse(read.getUnit());
        access.unitAdminOf(reporter);
        return changeAsChecked(id, expected, measure -> measure.reportValue(indicatorId,
                new IndicatorValue(value.value(), value.date(), value.source(), value.note(), reporter), today(),
                clock.instant()));
    }

    public Measure plan(String id, ExpectedVersion expected) {
        return change(id, expected, measure -> measure.plan(byAdmin(), clock.instant()));
    }

    public Measure startImplementation(String id, ExpectedVersion expected) {
        return change(id, expected, measure -> measure.startImplementation(byAdmin(), clock.instant()));
    }

    public Measure startPilot(String id, ExpectedVersion expected) {
        return change(id, expected, measure -> measure.startPilot(byAdmin(), clock.instant()));
    }

    public Measure complete(String id, ExpectedVersion expected, LessonsLearned lessons) {
        return change(id, expected, measure -> measure.complete(lessons, byAdmin(), clock.instant()));
    }

    public Measure discontinue(String id, ExpectedVersion expected, String reason, LessonsLearned lessons) {
        return change(id, expected, measure -> measure.discontinue(reason, lessons, byAdmin(), clock.instant()));
    }

    public Measure hold(String id, ExpectedVersion expected, String reason) {
        return change(id, expected, measure -> measure.hold(reason, byAdmin(), clock.instant()));
    }

    public Measure resume(String id, ExpectedVersion expected) {
        return change(id, expected, measure -> measure.resume(byAdmin(), clock.instant()));
    }

    /**
     * Records a review of the measure; for the unit admins of the lead unit. Changed targets and a health override
     * may change the published health.
     */
    public Measure review(String id, ExpectedVersion expected, ReviewContent review) {
        return change(id, expected, measure -> measure.review(review.date(), review.assessment(), review.decisions(),
                review.lessons(), review.changedTargets(), review.healthOverride(), byAdmin(), today(),
                clock.instant()));
    }

    /** The measure's reviews, the latest first (by date, then by when they were recorded). */
    public List<Review> reviews(String id) {
        return get(id).getReviews().stream()
                .sorted(Comparator.comparing(Review::date).thenComparing(Review::at).reversed()).toList();
    }

    /** Changes how often the measure is reviewed; for the unit admins of the lead unit. */
    public Measure reviewEvery(String id, ExpectedVersion expected, Period interval) {
        return change(id, expected, measure -> {
            measure.reviewEvery(interval);
            return List.of();
        });
    }

    /** Where the measure stands today, by the service's clock. */
    public Controlling controllingOf(Measure measure) {
        return measure.controllingOn(today());
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), BERLIN);
    }

    private Actor byAdmin() {
        return Actor.unitAdmin(owner.id());
    }

    /**
     * Makes a change of the lead unit's admins when the measure is at the version the caller expects, checked
     * against the version read in the same optimistic attempt, so that a change in between is refused
     * ({@code StaleVersionException}), never overwritten. Answers the measure as stored, at its new version.
     */
    private Measure change(String id, ExpectedVersion expected, Function<Measure, List<Record>> change) {
        requireMayPropose();
        return changeAsChecked(id, expected, change);
    }

    /** Every change publishes where the measure stands after it ({@code measure.controlling-reported}). */
    private Measure changeAsChecked(String id, ExpectedVersion expected, Function<Measure, List<Record>> change) {
        ConcurrentChanges.retry(() -> {
            Measure measure = get(id);
            expected.check("measure", id, measure.getVersion());
            List<Record> events = new ArrayList<>(change.apply(measure));
            events.add(measure.report(today(), clock.instant()));
            measures.save(measure, events);
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

    /** A measure to propose; without a review interval it is reviewed every {@link Measure#REVIEW_INTERVAL}. */
    public record ProposeMeasure(String title, String goal, MeasureType type, String sourceIdeaId,
                                 List<String> participatingUnits, List<Category> fieldsOfAction,
                                 List<GuidingPrinciple> guidingPrinciples, Mandate mandate, Period reviewInterval) {

        public ProposeMeasure(String title, String goal, MeasureType type, String sourceIdeaId,
                              List<String> participatingUnits, List<Category> fieldsOfAction,
                              List<GuidingPrinciple> guidingPrinciples, Mandate mandate) {
            this(title, goal, type, sourceIdeaId, participatingUnits, fieldsOfAction, guidingPrinciples, mandate,
                    null);
        }
    }

    public record Submission(Measure measure, boolean created) {
    }

    public record MilestoneContent(String title, LocalDate dueDate, LocalDate doneDate) {
    }

    public record IndicatorContent(String name, String unitOfMeasurement, BigDecimal baseline, BigDecimal target,
                                   LocalDate targetDate, Direction direction) {
    }

    public record ReportedValue(BigDecimal value, LocalDate date, String source, String note) {
    }

    /** A review as recorded: its date, texts, the targets it changes and the health it sets (null: none). */
    public record ReviewContent(LocalDate date, String assessment, String decisions, String lessons,
                                List<NewTarget> changedTargets, HealthOverride healthOverride) {
    }
}
