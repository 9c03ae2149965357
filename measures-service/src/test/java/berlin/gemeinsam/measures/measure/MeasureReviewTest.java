package berlin.gemeinsam.measures.measure;

import berlin.gemeinsam.events.measures.MeasureHealthChanged;
import berlin.gemeinsam.events.measures.MeasureReviewDue;
import berlin.gemeinsam.events.measures.MeasureReviewed;
import berlin.gemeinsam.measures.measure.domain.Actor;
import berlin.gemeinsam.measures.measure.domain.Direction;
import berlin.gemeinsam.measures.measure.domain.Health;
import berlin.gemeinsam.measures.measure.domain.HealthOverride;
import berlin.gemeinsam.measures.measure.domain.HistoryEntry;
import berlin.gemeinsam.measures.measure.domain.Indicator;
import berlin.gemeinsam.measures.measure.domain.IndicatorValue;
import berlin.gemeinsam.measures.measure.domain.LessonsLearned;
import berlin.gemeinsam.measures.measure.domain.Mandate;
import berlin.gemeinsam.measures.measure.domain.Measure;
import berlin.gemeinsam.measures.measure.domain.MeasureStatus;
import berlin.gemeinsam.measures.measure.domain.MeasureType;
import berlin.gemeinsam.measures.measure.domain.NewTarget;
import berlin.gemeinsam.measures.measure.domain.TargetChange;
import berlin.gemeinsam.platform.errors.NotFoundException;
import berlin.gemeinsam.platform.errors.StateConflictException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reviews, the health override, the next review's due date and what the passing of days changes. */
class MeasureReviewTest {

    /** Noon in Berlin on 2026-12-01; the measure is planned then, so its first review is due 2027-06-01. */
    private static final Instant NOW = Instant.parse("2026-12-01T11:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-12-01");
    private static final Actor ADMIN = Actor.unitAdmin("mitte");
    private static final LocalDate MILESTONE_DUE = LocalDate.parse("2027-03-01");
    private static final LocalDate TARGET_DATE = LocalDate.parse("2027-06-30");

    private static Measure planned() {
        Measure measure = Measure.propose("m-1", "mitte", "Bänke", "Mehr Bänke", MeasureType.DECENTRAL, null,
                List.of(), List.of(), List.of(), new Mandate("Amtsleitung", new BigDecimal("1000"), null,
                        BigDecimal.TEN, "Vergabe"), NOW).measure();
        measure.addMilestone("ms-1", "Standorte", MILESTONE_DUE, null, TODAY, NOW);
        measure.addIndicator(new Indicator("i-1", "Bänke", "Stück", BigDecimal.ZERO, BigDecimal.TEN, TARGET_DATE,
                Direction.HIGHER_IS_BETTER, List.of()), TODAY, NOW);
        measure.plan(ADMIN, NOW);
        return measure;
    }

    private static List<Record> review(Measure measure, LocalDate date, List<NewTarget> targets,
                                       HealthOverride override, LocalDate today) {
        return measure.review(date, "Lieferverzug", "Zweiter Lieferant", "Früher bestellen", targets, override,
                ADMIN, today, NOW);
    }

    private static Instant on(LocalDate day) {
        return day.atTime(12, 0).atZone(ZoneId.of("Europe/Berlin")).toInstant();
    }

    @Test
    void aReviewKeepsItsTextsAndTheOldAndNewTargetsAndIsAHistoryEntryAndAnEvent() {
        Measure measure = planned();
        LocalDate reviewed = LocalDate.parse("2027-02-01");

        List<Record> events = review(measure, reviewed,
                List.of(new NewTarget("i-1", new BigDecimal("8"), LocalDate.parse("2027-12-31"))), null, reviewed);

        TargetChange change = new TargetChange("i-1", BigDecimal.TEN, new BigDecimal("8"), TARGET_DATE,
                LocalDate.parse("2027-12-31"));
        assertThat(measure.getReviews()).singleElement().satisfies(review -> {
            assertThat(review.date()).isEqualTo(reviewed);
            assertThat(review.assessment()).isEqualTo("Lieferverzug");
            assertThat(review.decisions()).isEqualTo("Zweiter Lieferant");
            assertThat(review.lessons()).isEqualTo("Früher bestellen");
            assertThat(review.changedTargets()).containsExactly(change);
            assertThat(review.by()).isEqualTo(ADMIN);
        });
        assertThat(measure.getIndicators().get(0).target()).isEqualByComparingTo("8");
        assertThat(measure.getIndicators().get(0).targetDate()).isEqualTo(LocalDate.parse("2027-12-31"));
        assertThat(measure.getHistory()).last().extracting(HistoryEntry::change, HistoryEntry::from, HistoryEntry::to)
                .containsExactly("review", MeasureStatus.PLANNED, MeasureStatus.PLANNED);
        assertThat(events).containsExactly(new MeasureReviewed("m-1", "mitte", "Bänke", "PLANNED", reviewed,
                "Lieferverzug", "Zweiter Lieferant", "Früher bestellen",
                List.of(new MeasureReviewed.ChangedTarget("i-1", "Bänke", BigDecimal.TEN, new BigDecimal("8"),
                        TARGET_DATE, LocalDate.parse("2027-12-31"))),
                null, "ON_TRACK", "ON_TRACK", LocalDate.parse("2027-08-01"), NOW));
    }

    @Test
    void aChangedTargetWithoutADateKeepsTheIndicatorsTargetDate() {
        Measure measure = planned();

        review(measure, TODAY, List.of(new NewTarget("i-1", new BigDecimal("12"), null)), null, TODAY);

        assertThat(measure.getIndicators().get(0).targetDate()).isEqualTo(TARGET_DATE);
        assertThat(measure.getReviews().get(0).changedTargets().get(0).newTargetDate()).isEqualTo(TARGET_DATE);
    }

    @Test
    void onlyPlannedImplementedPilotedOrHeldMeasuresAreReviewed() {
        Measure proposed = Measure.propose("m-2", "mitte", "Bänke", "Mehr Bänke", MeasureType.DECENTRAL, null,
                List.of(), List.of(), List.of(), null, NOW).measure();
        assertThatThrownBy(() -> review(proposed, TODAY, List.of(), null, TODAY))
                .isInstanceOf(StateConflictException.class).hasMessageContaining("PROPOSED")
                .hasMessageContaining("[plan]");
        Measure held = planned();
        held.hold("Haushaltssperre", ADMIN, NOW);
        assertThat(review(held, TODAY, List.of(), null, TODAY)).hasSize(1);
        Measure completed = planned();
        completed.startImplementation(ADMIN, NOW);
        completed.complete(new LessonsLearned("a", "b", "c"), ADMIN, NOW);
        int history = completed.getHistory().size();

        assertThatThrownBy(() -> review(completed, TODAY, List.of(), null, TODAY))
                .isInstanceOf(StateConflictException.class).hasMessageContaining("COMPLETED");
        assertThat(completed.getReviews()).isEmpty();
        assertThat(completed.getHistory()).hasSize(history);
    }

    @Test
    void aRefusedReviewChangesNothing() {
        Measure measure = planned();
        List<NewTarget> secondEqualsBaseline = List.of(new NewTarget("i-1", new BigDecimal("8"), null),
                new NewTarget("i-1", new BigDecimal("0.00"), null));
        List<NewTarget> unknown = List.of(new NewTarget("i-1", new BigDecimal("8"), null),
                new NewTarget("nope", new BigDecimal("8"), null));

        assertThatThrownBy(() -> review(measure, TODAY, secondEqualsBaseline, null, TODAY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> review(measure, TODAY, unknown, null, TODAY))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("nope");
        assertThatThrownBy(() -> review(measure, TODAY.plusDays(1), List.of(), null, TODAY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HealthOverride(Health.AT_RISK, " ")).isInstanceOf(IllegalArgumentException.class);

        assertThat(measure.getIndicators().get(0).target()).isEqualByComparingTo("10");
        assertThat(measure.getReviews()).isEmpty();
        assertThat(measure.getHistory()).extracting(HistoryEntry::change).doesNotContain("review");
    }

    @Test
    void anOverrideHoldsAgainstDerivedChangesUntilTheNextReviewLiftsIt() {
        Measure measure = planned();
        HealthOverride atRisk = new HealthOverride(Health.AT_RISK, "Lieferant unsicher");

        List<Record> overridden = review(measure, TODAY, List.of(), atRisk, TODAY);

        assertThat(overridden).hasSize(2).last().isEqualTo(new MeasureHealthChanged("m-1", "mitte", "Bänke",
                "ON_TRACK", "AT_RISK", 0, 0, NOW));
        assertThat(((MeasureReviewed) overridden.get(0)).healthOverride())
                .isEqualTo(new MeasureReviewed.HealthOverride("AT_RISK", "Lieferant unsicher"));
        assertThat(((MeasureReviewed) overridden.get(0)).derivedHealth()).isEqualTo("ON_TRACK");
        assertThat(((MeasureReviewed) overridden.get(0)).health()).isEqualTo("AT_RISK");
        assertThat(measure.getHistory()).last().extracting(HistoryEntry::reason).isEqualTo("Lieferant unsicher");

        // the milestone becomes overdue, the indicator misses its target: derived OFF_TRACK, published stays AT_RISK
        LocalDate later = TARGET_DATE.plusDays(1);
        assertThat(measure.catchUp(later, on(later))).noneMatch(MeasureHealthChanged.class::isInstance);
        assertThat(measure.addMilestone("ms-2", "Nachtrag", MILESTONE_DUE, null, later, on(later))).isEmpty();
        assertThat(measure.controllingOn(later).health()).isEqualTo(Health.OFF_TRACK);
        assertThat(measure.getHealth()).isEqualTo(Health.AT_RISK);

        List<Record> lifted = review(measure, later, List.of(), null, later);

        assertThat(measure.getHealthOverride()).isNull();
        assertThat(lifted).last().isEqualTo(new MeasureHealthChanged("m-1", "mitte", "Bänke", "AT_RISK",
                "OFF_TRACK", 0, 2, NOW));
    }

    @Test
    void aReviewMayRenewAnOverrideWithAnotherReason() {
        Measure measure = planned();
        review(measure, TODAY, List.of(), new HealthOverride(Health.OFF_TRACK, "Vergabe gestoppt"), TODAY);

        List<Record> renewed = review(measure, TODAY, List.of(),
                new HealthOverride(Health.OFF_TRACK, "Vergabe weiter gestoppt"), TODAY);

        assertThat(renewed).singleElement().isInstanceOf(MeasureReviewed.class);
        assertThat(measure.getHealthOverride().reason()).isEqualTo("Vergabe weiter gestoppt");
        assertThat(measure.getHealth()).isEqualTo(Health.OFF_TRACK);
    }

    @Test
    void aChangedTargetChangesTheHealth() {
        Measure measure = planned();
        LocalDate missed = TARGET_DATE.plusDays(1);
        measure.changeMilestone("ms-1", "Standorte", MILESTONE_DUE, MILESTONE_DUE, missed, on(missed));
        assertThat(measure.getHealth()).isEqualTo(Health.OFF_TRACK);

        List<Record> events = review(measure, missed,
                List.of(new NewTarget("i-1", BigDecimal.ONE, LocalDate.parse("2027-12-31"))), null, missed);

        assertThat(events).last().isEqualTo(new MeasureHealthChanged("m-1", "mitte", "Bänke", "OFF_TRACK",
                "ON_TRACK", 50, 0, NOW));
    }

    @Test
    void theNextReviewIsDueAnIntervalAfterThePlanningThenAfterTheLastReview() {
        Measure proposed = Measure.propose("m-2", "mitte", "Bänke", "Mehr Bänke", MeasureType.DECENTRAL, null,
                List.of(), List.of(), List.of(), null, NOW).measure();
        assertThat(proposed.nextReviewDue()).isEmpty();
        assertThat(proposed.getReviewInterval()).isEqualTo(Measure.REVIEW_INTERVAL);
        Measure measure = planned();
        assertThat(measure.nextReviewDue()).contains(LocalDate.parse("2027-06-01"));

        measure.reviewEvery(Period.ofMonths(3));
        assertThat(measure.nextReviewDue()).contains(LocalDate.parse("2027-03-01"));
        review(measure, LocalDate.parse("2027-02-10"), List.of(), null, LocalDate.parse("2027-02-10"));
        review(measure, LocalDate.parse("2027-01-15"), List.of(), null, LocalDate.parse("2027-02-10"));
        assertThat(measure.lastReviewDate()).contains(LocalDate.parse("2027-02-10"));
        assertThat(measure.nextReviewDue()).contains(LocalDate.parse("2027-05-10"));

        measure.startImplementation(ADMIN, NOW);
        measure.complete(new LessonsLearned("a", "b", "c"), ADMIN, NOW);
        assertThat(measure.nextReviewDue()).isEmpty();
    }

    @Test
    void aReviewIntervalIsAtLeastADayAndAtMostTwoYears() {
        assertThat(Measure.isReviewInterval(Period.ofDays(1))).isTrue();
        assertThat(Measure.isReviewInterval(Period.ofYears(2))).isTrue();
        assertThat(Measure.isReviewInterval(Period.of(1, 11, 30))).isTrue();
        assertThat(Measure.isReviewInterval(Period.ZERO)).isFalse();
        assertThat(Measure.isReviewInterval(Period.ofMonths(-6))).isFalse();
        assertThat(Measure.isReviewInterval(Period.of(1, 6, -1))).isFalse();
        assertThat(Measure.isReviewInterval(Period.of(2, 0, 1))).isFalse();
        assertThat(Measure.isReviewInterval(Period.ofMonths(25))).isFalse();
        assertThat(Measure.isReviewInterval(null)).isFalse();
        Measure measure = planned();
        assertThatThrownBy(() -> measure.reviewEvery(Period.ofYears(3))).isInstanceOf(IllegalArgumentException.class);
        assertThat(measure.getReviewInterval()).isEqualTo(Period.ofMonths(6));
    }

    @Test
    void daysPassingChangeTheHealthOnceWithoutAnyChangeOfTheMeasure() {
        Measure measure = planned();
        LocalDate overdue = MILESTONE_DUE.plusDays(1);

        assertThat(measure.catchUp(MILESTONE_DUE, on(MILESTONE_DUE))).isEmpty();
        List<Record> events = measure.catchUp(overdue, on(overdue));

        assertThat(events).containsExactly(new MeasureHealthChanged("m-1", "mitte", "Bänke", "ON_TRACK", "AT_RISK",
                0, 1, on(overdue)));
        assertThat(measure.catchUp(overdue, on(overdue))).as("the same day again").isEmpty();
        LocalDate missed = TARGET_DATE.plusDays(1);
        assertThat(measure.catchUp(missed, on(missed))).first().isEqualTo(new MeasureHealthChanged("m-1", "mitte",
                "Bänke", "AT_RISK", "OFF_TRACK", 0, 1, on(missed)));
    }

    @Test
    void anOverdueReviewIsAnnouncedOncePerDueDate() {
        Measure measure = planned();
        measure.changeMilestone("ms-1", "Standorte", MILESTONE_DUE, TODAY, TODAY, NOW);
        measure.reportValue("i-1", new IndicatorValue(BigDecimal.TEN, TODAY, null, null, "mitte"), TODAY, NOW);
        LocalDate due = LocalDate.parse("2027-06-01");

        assertThat(measure.catchUp(due, on(due))).as("due today, not yet overdue").isEmpty();
        List<Record> announced = measure.catchUp(due.plusDays(1), on(due.plusDays(1)));

        assertThat(announced).containsExactly(new MeasureReviewDue("m-1", "mitte", "Bänke", "PLANNED", due, null,
                "P6M", on(due.plusDays(1))));
        assertThat(measure.getReviewDueAnnounced()).isEqualTo(due);
        assertThat(measure.catchUp(due.plusDays(30), on(due.plusDays(30)))).isEmpty();

        LocalDate reviewed = due.plusDays(30);
        review(measure, reviewed, List.of(), null, reviewed);
        LocalDate nextDue = reviewed.plusMonths(6);
        assertThat(measure.catchUp(nextDue.plusDays(1), on(nextDue.plusDays(1))))
                .filteredOn(MeasureReviewDue.class::isInstance).singleElement()
                .isEqualTo(new MeasureReviewDue("m-1", "mitte", "Bänke", "PLANNED", nextDue, reviewed, "P6M",
                        on(nextDue.plusDays(1))));
    }

    @Test
    void closedMeasuresAreLeftAsTheyAre() {
        Measure measure = planned();
        measure.discontinue("Kein Bedarf", new LessonsLearned("a", "b", "c"), ADMIN, NOW);
        LocalDate late = TARGET_DATE.plusYears(1);

        assertThat(measure.catchUp(late, on(late))).isEmpty();
        assertThat(measure.getHealth()).isEqualTo(Health.ON_TRACK);
        assertThatThrownBy(() -> measure.reviewEvery(Period.ofMonths(3))).isInstanceOf(StateConflictException.class);
    }
}
