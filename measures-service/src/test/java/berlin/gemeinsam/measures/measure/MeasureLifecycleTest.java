package berlin.gemeinsam.measures.measure;

import berlin.gemeinsam.events.measures.MeasureCompleted;
import berlin.gemeinsam.events.measures.MeasureDiscontinued;
import berlin.gemeinsam.events.measures.MeasureHealthChanged;
import berlin.gemeinsam.events.measures.MeasureImplementationStarted;
import berlin.gemeinsam.events.measures.MeasurePilotStarted;
import berlin.gemeinsam.events.measures.MeasurePlanned;
import berlin.gemeinsam.events.measures.MeasurePutOnHold;
import berlin.gemeinsam.events.measures.MeasureResumed;
import berlin.gemeinsam.measures.measure.domain.Actor;
import berlin.gemeinsam.measures.measure.domain.Direction;
import berlin.gemeinsam.measures.measure.domain.Health;
import berlin.gemeinsam.measures.measure.domain.HistoryEntry;
import berlin.gemeinsam.measures.measure.domain.Indicator;
import berlin.gemeinsam.measures.measure.domain.IndicatorValue;
import berlin.gemeinsam.measures.measure.domain.LessonsLearned;
import berlin.gemeinsam.measures.measure.domain.Mandate;
import berlin.gemeinsam.measures.measure.domain.Measure;
import berlin.gemeinsam.measures.measure.domain.MeasureStatus;
import berlin.gemeinsam.measures.measure.domain.MeasureType;
import berlin.gemeinsam.platform.errors.NotFoundException;
import berlin.gemeinsam.platform.errors.StateConflictException;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every transition of a measure and its guards. */
class MeasureLifecycleTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-12-01");
    private static final Actor ADMIN = Actor.unitAdmin("mitte");
    private static final Mandate MANDATE = new Mandate("Amtsleitung", new BigDecimal("1000"), null, BigDecimal.TEN,
            "Vergabe");
    private static final LessonsLearned LESSONS = new LessonsLearned("Beteiligung", "Lieferzeiten", "Früh bestellen");

    private static Measure proposed() {
        return Measure.propose("m-1", "mitte", "Bänke", "Mehr Bänke", MeasureType.DECENTRAL, null, List.of("pankow"),
                List.of(), List.of(), null, NOW).measure();
    }

    private static Indicator benches() {
        return new Indicator("i-1", "Bänke", "Stück", BigDecimal.ZERO, BigDecimal.TEN, LocalDate.parse("2027-06-30"),
                Direction.HIGHER_IS_BETTER, List.of());
    }

    private static Measure plannable() {
        Measure measure = proposed();
        measure.entrust(MANDATE);
        measure.addMilestone("ms-1", "Standorte", LocalDate.parse("2027-03-01"), null, TODAY, NOW);
        measure.addIndicator(benches(), TODAY, NOW);
        return measure;
    }

    private static Measure in(MeasureStatus status) {
        Measure measure = plannable();
        if (status == MeasureStatus.PROPOSED) {
            return measure;
        }
        measure.plan(ADMIN, NOW);
        if (status == MeasureStatus.IN_IMPLEMENTATION || status == MeasureStatus.PILOT) {
            measure.startImplementation(ADMIN, NOW);
        }
        if (status == MeasureStatus.PILOT) {
            measure.startPilot(ADMIN, NOW);
        }
        return measure;
    }

    private static void assertConflict(Measure measure, Consumer<Measure> change, String... allowed) {
        MeasureStatus before = measure.getStatus();
        int history = measure.getHistory().size();
        assertThatThrownBy(() -> change.accept(measure)).isInstanceOf(StateConflictException.class)
                .hasMessageContaining(before.name()).hasMessageContaining(List.of(allowed).toString());
        assertThat(measure.getStatus()).isEqualTo(before);
        assertThat(measure.getHistory()).hasSize(history);
    }

    @Test
    void aMeasureGoesFromProposalThroughImplementationAndPilotToCompletionWithAnEventAndEntryForEach() {
        Measure measure = plannable();

        assertThat(measure.plan(ADMIN, NOW)).containsExactly(new MeasurePlanned("m-1", "mitte", "Bänke", NOW));
        assertThat(measure.startImplementation(ADMIN, NOW))
                .containsExactly(new MeasureImplementationStarted("m-1", "mitte", "Bänke", NOW));
        assertThat(measure.startPilot(ADMIN, NOW))
                .containsExactly(new MeasurePilotStarted("m-1", "mitte", "Bänke", NOW));
        assertThat(measure.complete(LESSONS, ADMIN, NOW)).containsExactly(new MeasureCompleted("m-1", "mitte", "Bänke",
                "PILOT", "Beteiligung", "Lieferzeiten", "Früh bestellen", NOW));

        assertThat(measure.getStatus()).isEqualTo(MeasureStatus.COMPLETED);
        assertThat(measure.getLessonsLearned()).isEqualTo(LESSONS);
        assertThat(measure.getHistory()).extracting(HistoryEntry::change, HistoryEntry::from, HistoryEntry::to)
                .containsExactly(
                        Tuple.tuple("propose", null, MeasureStatus.PROPOSED),
                        Tuple.tuple("plan", MeasureStatus.PROPOSED, MeasureStatus.PLANNED),
                        Tuple.tuple("start-implementation", MeasureStatus.PLANNED,
                                MeasureStatus.IN_IMPLEMENTATION),
                        Tuple.tuple("start-pilot", MeasureStatus.IN_IMPLEMENTATION,
                                MeasureStatus.PILOT),
                        Tuple.tuple("complete", MeasureStatus.PILOT, MeasureStatus.COMPLETED));
        assertThat(measure.getHistory()).allSatisfy(entry -> {
            assertThat(entry.by()).isEqualTo(ADMIN);
            assertThat(entry.at()).isEqualTo(NOW);
        });
    }

    @Test
    void thePilotIsOptional() {
        Measure measure = in(MeasureStatus.IN_IMPLEMENTATION);

        measure.complete(LESSONS, ADMIN, NOW);

        assertThat(measure.getStatus()).isEqualTo(MeasureStatus.COMPLETED);
    }

    @Test
    void planningNeedsACompleteMandateAMilestoneAndAnIndicator() {
        Measure noMandate = proposed();
        noMandate.addMilestone("ms-1", "Standorte", LocalDate.parse("2027-03-01"), null, TODAY, NOW);
        noMandate.addIndicator(benches(), TODAY, NOW);
        Measure noMilestone = proposed();
        noMilestone.entrust(MANDATE);
        noMilestone.addIndicator(benches(), TODAY, NOW);
        Measure noIndicator = proposed();
        noIndicator.entrust(MANDATE);
        noIndicator.addMilestone("ms-1", "Standorte", LocalDate.parse("2027-03-01"), null, TODAY, NOW);
        Measure incompleteMandate = plannable();
        incompleteMandate.entrust(new Mandate("Amtsleitung", null, null, BigDecimal.TEN, "Vergabe"));

        for (Measure measure : List.of(noMandate, noMilestone, noIndicator, incompleteMandate)) {
            assertConflict(measure, unplanned -> unplanned.plan(ADMIN, NOW), "plan");
        }
    }

    @Test
    void aHoldGoesBackToWhereTheMeasureWasAndNeedsAReason() {
        for (MeasureStatus held : List.of(MeasureStatus.PLANNED, MeasureStatus.IN_IMPLEMENTATION,
                MeasureStatus.PILOT)) {
            Measure measure = in(held);
            assertThatThrownBy(() -> measure.hold(" ", ADMIN, NOW)).isInstanceOf(IllegalArgumentException.class);

            assertThat(measure.hold("Haushaltssperre", ADMIN, NOW)).containsExactly(new MeasurePutOnHold("m-1",
                    "mitte", "Bänke", held.name(), "Haushaltssperre", NOW));
            assertThat(measure.getStatus()).isEqualTo(MeasureStatus.ON_HOLD);
            assertThat(measure.getHeldFrom()).isEqualTo(held);
            assertConflict(measure, onHold -> onHold.complete(LESSONS, ADMIN, NOW), "resume");

            assertThat(measure.resume(ADMIN, NOW)).containsExactly(new MeasureResumed("m-1", "mitte", "Bänke",
                    held.name(), NOW));
            assertThat(measure.getStatus()).isEqualTo(held);
            assertThat(measure.getHeldFrom()).isNull();
            assertThat(measure.getHistory().get(measure.getHistory().size() - 2).reason()).isEqualTo("Haushaltssperre");
        }
    }

    @Test
    void aMeasureIsDiscontinuedFromPlanningImplementationOrPilotWithItsLessons() {
        for (MeasureStatus from : List.of(MeasureStatus.PLANNED, MeasureStatus.IN_IMPLEMENTATION,
                MeasureStatus.PILOT)) {
            Measure measure = in(from);

            assertThat(measure.discontinue("Fläche fehlt", LESSONS, ADMIN, NOW)).containsExactly(
                    new MeasureDiscontinued("m-1", "mitte", "Bänke", from.name(), "Fläche fehlt", "Beteiligung",
                            "Lieferzeiten", "Früh bestellen", NOW));
            assertThat(measure.getStatus()).isEqualTo(MeasureStatus.DISCONTINUED);
        }
        assertThatThrownBy(() -> new LessonsLearned("a", "", "c")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> in(MeasureStatus.PLANNED).discontinue(null, null, ADMIN, NOW))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void illegalTransitionsAreConflictsNamingTheAllowedChanges() {
        assertConflict(in(MeasureStatus.PROPOSED), measure -> measure.startImplementation(ADMIN, NOW), "plan");
        assertConflict(in(MeasureStatus.PROPOSED), measure -> measure.hold("r", ADMIN, NOW), "plan");
        assertConflict(in(MeasureStatus.PLANNED), measure -> measure.startPilot(ADMIN, NOW),
                "start-implementation", "hold", "discontinue");
        assertConflict(in(MeasureStatus.PLANNED), measure -> measure.complete(LESSONS, ADMIN, NOW),
                "start-implementation", "hold", "discontinue");
        assertConflict(in(MeasureStatus.PLANNED), measure -> measure.resume(ADMIN, NOW),
                "start-implementation", "hold", "discontinue");
        assertConflict(in(MeasureStatus.PILOT), measure -> measure.startPilot(ADMIN, NOW),
                "complete", "hold", "discontinue");
        Measure completed = in(MeasureStatus.PILOT);
        completed.complete(LESSONS, ADMIN, NOW);
        assertConflict(completed, measure -> measure.discontinue(null, LESSONS, ADMIN, NOW));
        assertConflict(completed, measure -> measure.addIndicator(benches(), TODAY, NOW));
        assertConflict(completed, measure -> measure.entrust(MANDATE));
    }

    @Test
    void aChangeOfHealthIsAnEventAndTheSameHealthIsNone() {
        Measure measure = plannable();
        assertThat(measure.getHealth()).isEqualTo(Health.ON_TRACK);

        List<Record> overdue = measure.addMilestone("ms-2", "Ausschreibung", LocalDate.parse("2026-11-15"), null,
                TODAY, NOW);
        assertThat(overdue).containsExactly(new MeasureHealthChanged("m-1", "mitte", "Bänke", "ON_TRACK", "AT_RISK",
                0, 1, NOW));
        assertThat(measure.reportValue("i-1", new IndicatorValue(new BigDecimal("2"), TODAY, "Zählung", null,
                "pankow"), TODAY, NOW)).isEmpty();

        List<Record> done = measure.changeMilestone("ms-2", "Ausschreibung", LocalDate.parse("2026-11-15"), TODAY,
                TODAY, NOW);
        // milestones 1 of 2 = 0.5, indicator 0 -> 2 of 0 -> 10 = 0.2: (0.5 + 0.2) / 2 = 35 %
        assertThat(done).containsExactly(new MeasureHealthChanged("m-1", "mitte", "Bänke", "AT_RISK", "ON_TRACK",
                35, 0, NOW));
        assertThat(measure.getIndicators().get(0).latest()).get().extracting(IndicatorValue::reportedBy)
                .isEqualTo("pankow");
        assertThatThrownBy(() -> measure.reportValue("i-9", new IndicatorValue(BigDecimal.ONE, TODAY, null, null,
                "mitte"), TODAY, NOW)).isInstanceOf(NotFoundException.class);
    }
}
