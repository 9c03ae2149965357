package berlin.gemeinsam.measures.measure.domain;

import berlin.gemeinsam.events.Category;
import berlin.gemeinsam.events.GuidingPrinciple;
import berlin.gemeinsam.events.measures.MeasureCompleted;
import berlin.gemeinsam.events.measures.MeasureControllingReported;
import berlin.gemeinsam.events.measures.MeasureControllingReported.ReportedIndicator;
import berlin.gemeinsam.events.measures.MeasureControllingReported.ReportedMilestone;
import berlin.gemeinsam.events.measures.MeasureDiscontinued;
import berlin.gemeinsam.events.measures.MeasureHealthChanged;
import berlin.gemeinsam.events.measures.MeasureIdeaLinked;
import berlin.gemeinsam.events.measures.MeasureImplementationStarted;
import berlin.gemeinsam.events.measures.MeasurePilotStarted;
import berlin.gemeinsam.events.measures.MeasurePlanned;
import berlin.gemeinsam.events.measures.MeasureProposed;
import berlin.gemeinsam.events.measures.MeasureProposedV2;
import berlin.gemeinsam.events.measures.MeasurePutOnHold;
import berlin.gemeinsam.events.measures.MeasureResumed;
import berlin.gemeinsam.events.measures.MeasureReviewDue;
import berlin.gemeinsam.events.measures.MeasureReviewed;
import berlin.gemeinsam.platform.errors.NotFoundException;
import berlin.gemeinsam.platform.errors.StateConflictException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A measure (Maßnahme): a concrete undertaking with a goal, led by the unit that owns it, optionally taking up
 * an idea (and later more: linked ideas), carried by a Projektteam of participating units, serving fields of
 * action and guiding principles of the strategy, and entrusted with a {@link Mandate}.
 */
public class Measure {

    /** How long after planning, or after its last review, a measure is reviewed again. */
    public static final Period REVIEW_INTERVAL = Period.ofMonths(6);
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** The longest review interval a measure may have: a strategy revised less often learns too late. */
    public static final Period MAX_REVIEW_INTERVAL = Period.ofYears(2);
    /** The states in which a measure is reviewed: planned and not closed. */
    private static final Set<MeasureStatus> REVIEWABLE = EnumSet.of(MeasureStatus.PLANNED,
            MeasureStatus.IN_IMPLEMENTATION, MeasureStatus.PILOT, MeasureStatus.ON_HOLD);

    private final String id;
    private final String unit;
    private final String title;
    private final String goal;
    private final MeasureType type;
    private MeasureStatus status;
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
    private MeasureStatus heldFrom;
    private final List<Milestone> milestones;
    private final List<Indicator> indicators;
    private LessonsLearned lessonsLearned;
    private Health health;
    private final List<HistoryEntry> history;
    // kept beside the constructor's state: measures stored before reviews have none of them (see the getters)
    private Period reviewInterval;
    private List<Review> reviews;
    private HealthOverride healthOverride;
    private LocalDate reviewDueAnnounced;

    Measure(String id, String unit, String title, String goal, MeasureType type, MeasureStatus status,
            String sourceIdeaId, SourceIdeaState sourceIdeaState, String sourceIdeaDeclineReason,
            List<String> participatingUnits, Instant proposedAt, long version, List<Category> fieldsOfAction,
            List<GuidingPrinciple> guidingPrinciples, List<LinkedIdea> linkedIdeas, Mandate mandate,
            MeasureStatus heldFrom, List<Milestone> milestones, List<Indicator> indicators,
            LessonsLearned lessonsLearned, Health health, List<HistoryEntry> history) {
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
        this.heldFrom = heldFrom;
        this.milestones = milestones == null ? new ArrayList<>() : new ArrayList<>(milestones);
        this.indicators = indicators == null ? new ArrayList<>() : new ArrayList<>(indicators);
        this.lessonsLearned = lessonsLearned;
        // measures stored before health was kept had no milestones or indicators: on track
        this.health = health == null ? Health.ON_TRACK : health;
        this.history = history == null ? new ArrayList<>() : new ArrayList<>(history);
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
                mandate, null, null, null, null, null,
                List.of(new HistoryEntry("propose", null, MeasureStatus.PROPOSED, Actor.unitAdmin(unit), now, null)));
        List<String> linkedIdeaIds = sourceIdeaId == null ? List.of() : List.of(sourceIdeaId);
        return new Proposal(measure,
                new MeasureProposed(id, unit, title, goal, type.name(), sourceIdeaId, now),
                new MeasureProposedV2(id, unit, title, goal, type.name(), sourceIdeaId, measure.participatingUnits,
                        names(measure.fieldsOfAction), names(measure.guidingPrinciples), linkedIdeaIds, now));
    }

    /** Grants the measure its mandate, or changes what was granted. */
    public void entrust(Mandate granted) {
        requireOpen("change the mandate");
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

    /**
     * Adds a milestone; a closed measure takes none.
     *
     * @return the health change it causes, if any
     */
    public List<Record> addMilestone(String milestoneId, String title, LocalDate dueDate, LocalDate doneDate,
                                     LocalDate today, Instant now) {
        requireOpen("add a milestone");
        milestones.add(new Milestone(milestoneId, title, dueDate, doneDate));
        return healthChange(today, now);
    }

    /** Changes a milestone's title and dates, e.g. to mark it done; a closed measure's stay as they are. */
    public List<Record> changeMilestone(String milestoneId, String title, LocalDate dueDate, LocalDate doneDate,
                                        LocalDate today, Instant now) {
        requireOpen("change a milestone");
        int index = indexOf(milestones.stream().map(Milestone::id).toList(), "milestone", milestoneId);
        milestones.set(index, new Milestone(milestoneId, title, dueDate, doneDate));
        return healthChange(today, now);
    }

    /** Adds an indicator; a closed measure takes none. */
    public List<Record> addIndicator(Indicator indicator, LocalDate today, Instant now) {
        requireOpen("add an indicator");
        indicators.add(Objects.requireNonNull(indicator, "the indicator"));
        return healthChange(today, now);
    }

    /** Records a value measured for one of the indicators; a closed measure takes none. */
    public List<Record> reportValue(String indicatorId, IndicatorValue value, LocalDate today, Instant now) {
        requireOpen("report an indicator value");
        int index = indexOf(indicators.stream().map(Indicator::id).toList(), "indicator", indicatorId);
        indicators.set(index, indicators.get(index).reported(value));
        return healthChange(today, now);
    }

    /** Where the measure stands on {@code today}: its progress, health and overdue milestones. */
    public Controlling controllingOn(LocalDate today) {
        return Controlling.of(milestones, indicators, today);
    }

    /**
     * Where the measure stands after a change, for readers that keep whole measures from events alone. Health is
     * the one published last, which a change has brought up to {@code today}.
     */
    public MeasureControllingReported report(LocalDate today, Instant now) {
        Controlling controlling = controllingOn(today);
        List<ReportedMilestone> reportedMilestones = milestones.stream()
                .map(milestone -> new ReportedMilestone(milestone.id(), milestone.title(), milestone.dueDate(),
                        milestone.doneDate()))
                .toList();
        List<ReportedIndicator> reportedIndicators = indicators.stream()
                .map(indicator -> {
                    Optional<IndicatorValue> latest = indicator.latest();
                    return new ReportedIndicator(indicator.id(), indicator.name(), indicator.unitOfMeasurement(),
                            indicator.baseline(), indicator.target(), indicator.targetDate(),
                            indicator.direction().name(), latest.map(IndicatorValue::value).orElse(null),
                            latest.map(IndicatorValue::date).orElse(null), indicator.reachedTarget());
                })
                .toList();
        return new MeasureControllingReported(id, unit, title, type.name(), status.name(), participatingUnits,
                names(fieldsOfAction), health.name(), controlling.progress(), mandate.budgetPlanned(),
                mandate.budgetSpent(), reportedMilestones, reportedIndicators, nextReviewDue().orElse(null), now);
    }

    /**
     * When the measure is to be reviewed next: its {@linkplain #getReviewInterval() review interval} after its last
     * review, or before the first review after it was planned; no review is due while it is proposed or once it is
     * closed.
     */
    public Optional<LocalDate> nextReviewDue() {
        if (status == MeasureStatus.PROPOSED || status.isClosed()) {
            return Optional.empty();
        }
        Optional<LocalDate> lastReview = lastReviewDate();
        if (lastReview.isPresent()) {
            return lastReview.map(reviewed -> reviewed.plus(getReviewInterval()));
        }
        return history.stream().filter(entry -> "plan".equals(entry.change())).reduce((first, later) -> later)
                .map(planned -> LocalDate.ofInstant(planned.at(), BERLIN).plus(getReviewInterval()));
    }

    /** The date of the measure's latest review, empty before its first. */
    public Optional<LocalDate> lastReviewDate() {
        return getReviews().stream().map(Review::date).max(Comparator.naturalOrder());
    }

    /** Whether {@code interval} may be a measure's review interval: at least a day, at most two years. */
    public static boolean isReviewInterval(Period interval) {
        LocalDate from = LocalDate.of(2000, 1, 1);
        return interval != null && !interval.isZero() && !interval.isNegative()
                && !from.plus(interval).isAfter(from.plus(MAX_REVIEW_INTERVAL));
    }

    /** Sets how long after a review (or its planning) the measure is reviewed again; a closed one keeps its own. */
    public void reviewEvery(Period interval) {
        if (!isReviewInterval(interval)) {
            throw new IllegalArgumentException("a review interval is at least a day and at most two years");
        }
        requireOpen("change the review interval");
        reviewInterval = interval;
    }

    /**
     * Reviews the measure on {@code date} (not after {@code today}): a planned, implemented, piloted or held measure
     * only. The review may change indicators' targets (each must still differ from its baseline) and may set a
     * health against the derived one, which counts until the next review: a review without one lifts it. Either
     * may change the health the measure is published with. Nothing changes when any part is refused.
     *
     * @return the review's event, and the health change it causes, if any
     */
    public List<Record> review(LocalDate date, String assessment, String decisions, String lessons,
                               List<NewTarget> newTargets, HealthOverride override, Actor by, LocalDate today,
                               Instant now) {
        Objects.requireNonNull(date, "a review's date");
        Objects.requireNonNull(assessment, "a review's assessment");
        Objects.requireNonNull(decisions, "a review's decisions");
        Objects.requireNonNull(lessons, "a review's lessons");
        if (!REVIEWABLE.contains(status)) {
            throw new StateConflictException("measure", status.name(), "review", status.allowedChanges());
        }
        if (date.isAfter(today)) {
            throw new IllegalArgumentException("a review is not dated in the future");
        }
        List<Indicator> retargeted = new ArrayList<>(indicators);
        List<TargetChange> changes = new ArrayList<>();
        for (NewTarget newTarget : newTargets == null ? List.<NewTarget>of() : newTargets) {
            int index = indexOf(retargeted.stream().map(Indicator::id).toList(), "indicator", newTarget.indicatorId());
            Indicator before = retargeted.get(index);
            LocalDate targetDate = newTarget.targetDate() == null ? before.targetDate() : newTarget.targetDate();
            retargeted.set(index, before.retargeted(newTarget.target(), targetDate));
            changes.add(new TargetChange(before.id(), before.target(), newTarget.target(), before.targetDate(),
                    targetDate));
        }
        indicators.clear();
        indicators.addAll(retargeted);
        healthOverride = override;
        Review review = new Review(date, assessment, decisions, lessons, changes, override, by, now);
        List<Review> more = new ArrayList<>(getReviews());
        more.add(review);
        reviews = more;
        history.add(new HistoryEntry("review", status, status, by, now, override == null ? null : override.reason()));
        List<Record> healthChanged = healthChange(today, now);
        List<Record> events = new ArrayList<>();
        events.add(reviewed(review, today, now));
        events.addAll(healthChanged);
        return events;
    }

    private MeasureReviewed reviewed(Review review, LocalDate today, Instant now) {
        List<MeasureReviewed.ChangedTarget> changedTargets = review.changedTargets().stream()
                .map(change -> new MeasureReviewed.ChangedTarget(change.indicatorId(),
                        indicators.stream().filter(indicator -> indicator.id().equals(change.indicatorId()))
                                .findFirst().map(Indicator::name).orElseThrow(),
                        change.previousTarget(), change.newTarget(), change.previousTargetDate(),
                        change.newTargetDate()))
                .toList();
        MeasureReviewed.HealthOverride override = review.healthOverride() == null ? null
                : new MeasureReviewed.HealthOverride(review.healthOverride().health().name(),
                        review.healthOverride().reason());
        return new MeasureReviewed(id, unit, title, status.name(), review.date(), review.assessment(),
                review.decisions(), review.lessons(), changedTargets, override,
                controllingOn(today).health().name(), health.name(), nextReviewDue().orElseThrow(), now);
    }

    /**
     * What the days that passed until {@code today} changed, with nobody changing the measure: a milestone that
     * became overdue or an indicator that missed its target date changes the health (unless a review overrode it),
     * and a review whose due date passed is announced, once per due date. Repeating it on the same day changes
     * nothing, so that of two instances doing it at once, the one that stores second finds nothing left to do.
     *
     * @return the events of the changes, empty when nothing changed
     */
    public List<Record> catchUp(LocalDate today, Instant now) {
        if (status.isClosed()) {
            return List.of();
        }
        List<Record> events = new ArrayList<>(healthChange(today, now));
        nextReviewDue().filter(due -> due.isBefore(today) && !due.equals(reviewDueAnnounced)).ifPresent(due -> {
            reviewDueAnnounced = due;
            events.add(new MeasureReviewDue(id, unit, title, status.name(), due, lastReviewDate().orElse(null),
                    getReviewInterval().toString(), now));
        });
        return events;
    }

    /**
     * Plans the proposed measure: only with a complete mandate, at least one milestone and at least one indicator,
     * since those are what it is steered and controlled by.
     */
    public List<Record> plan(Actor by, Instant now) {
        requireAllowed("plan");
        if (!mandate.isComplete() || milestones.isEmpty() || indicators.isEmpty()) {
            throw new StateConflictException("measure", status.name(),
                    "plan without a complete mandate, a milestone and an indicator", status.allowedChanges());
        }
        moveTo(MeasureStatus.PLANNED, "plan", by, now, null);
        return List.of(new MeasurePlanned(id, unit, title, now));
    }

    public List<Record> startImplementation(Actor by, Instant now) {
        requireAllowed("start-implementation");
        moveTo(MeasureStatus.IN_IMPLEMENTATION, "start-implementation", by, now, null);
        return List.of(new MeasureImplementationStarted(id, unit, title, now));
    }

    public List<Record> startPilot(Actor by, Instant now) {
        requireAllowed("start-pilot");
        moveTo(MeasureStatus.PILOT, "start-pilot", by, now, null);
        return List.of(new MeasurePilotStarted(id, unit, title, now));
    }

    /** Completes the measure; what it leaves to others is required. */
    public List<Record> complete(LessonsLearned lessons, Actor by, Instant now) {
        Objects.requireNonNull(lessons, "a completed measure's lessons learned");
        requireAllowed("complete");
        MeasureStatus previous = status;
        moveTo(MeasureStatus.COMPLETED, "complete", by, now, null);
        lessonsLearned = lessons;
        return List.of(new MeasureCompleted(id, unit, title, previous.name(), lessons.whatWorked(),
                lessons.whatDidNotWork(), lessons.whatOthersShouldKnow(), now));
    }

    /** Discontinues the measure, optionally saying why; what it leaves to others is required. */
    public List<Record> discontinue(String reason, LessonsLearned lessons, Actor by, Instant now) {
        Objects.requireNonNull(lessons, "a discontinued measure's lessons learned");
        requireAllowed("discontinue");
        MeasureStatus previous = status;
        moveTo(MeasureStatus.DISCONTINUED, "discontinue", by, now, reason);
        lessonsLearned = lessons;
        return List.of(new MeasureDiscontinued(id, unit, title, previous.name(), reason, lessons.whatWorked(),
                lessons.whatDidNotWork(), lessons.whatOthersShouldKnow(), now));
    }

    /** Puts the measure on hold for a reason; it goes back to where it was when resumed. */
    public List<Record> hold(String reason, Actor by, Instant now) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a measure is put on hold for a reason");
        }
        requireAllowed("hold");
        MeasureStatus previous = status;
        moveTo(MeasureStatus.ON_HOLD, "hold", by, now, reason);
        heldFrom = previous;
        return List.of(new MeasurePutOnHold(id, unit, title, previous.name(), reason, now));
    }

    public List<Record> resume(Actor by, Instant now) {
        requireAllowed("resume");
        MeasureStatus back = heldFrom;
        moveTo(back, "resume", by, now, null);
        heldFrom = null;
        return List.of(new MeasureResumed(id, unit, title, back.name(), now));
    }

    private void requireAllowed(String change) {
        if (!status.allows(change)) {
            throw new StateConflictException("measure", status.name(), change, status.allowedChanges());
        }
    }

    private void requireOpen(String change) {
        if (status.isClosed()) {
            throw new StateConflictException("measure", status.name(), change, status.allowedChanges());
        }
    }

    private void moveTo(MeasureStatus next, String change, Actor by, Instant now, String reason) {
        history.add(new HistoryEntry(change, status, next, by, now, reason));
        status = next;
    }

    /** The health on {@code today}, and its event when it differs from the health published last. */
    private List<Record> healthChange(LocalDate today, Instant now) {
        Controlling controlling = controllingOn(today);
        Health counted = healthOverride == null ? controlling.health() : healthOverride.health();
        if (counted == health) {
            return List.of();
        }
        Health previous = health;
        health = counted;
        return List.of(new MeasureHealthChanged(id, unit, title, previous.name(), health.name(),
                controlling.progress(), controlling.overdueMilestoneIds().size(), now));
    }

    private static int indexOf(List<String> ids, String resource, String wanted) {
        int index = ids.indexOf(wanted);
        if (index < 0) {
            throw new NotFoundException(resource, wanted);
        }
        return index;
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

    public MeasureStatus getHeldFrom() {
        return heldFrom;
    }

    public List<Milestone> getMilestones() {
        return List.copyOf(milestones);
    }

    public List<Indicator> getIndicators() {
        return List.copyOf(indicators);
    }

    public LessonsLearned getLessonsLearned() {
        return lessonsLearned;
    }

    /** The health published last; {@link #controllingOn} derives the current one. */
    public Health getHealth() {
        return health;
    }

    /** How long after a review, or its planning, the measure is reviewed again; {@link #REVIEW_INTERVAL} unless set. */
    public Period getReviewInterval() {
        return reviewInterval == null ? REVIEW_INTERVAL : reviewInterval;
    }

    /** The measure's reviews in the order they were recorded. */
    public List<Review> getReviews() {
        return reviews == null ? List.of() : List.copyOf(reviews);
    }

    /** The health the last review set against the derived one, null when it set none. */
    public HealthOverride getHealthOverride() {
        return healthOverride;
    }

    /** The due date of the overdue review announced last, null before the first. */
    public LocalDate getReviewDueAnnounced() {
        return reviewDueAnnounced;
    }

    public List<HistoryEntry> getHistory() {
        return List.copyOf(history);
    }
}
