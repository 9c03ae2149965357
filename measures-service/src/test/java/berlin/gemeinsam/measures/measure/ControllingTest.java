package berlin.gemeinsam.measures.measure;

import berlin.gemeinsam.measures.measure.domain.Controlling;
import berlin.gemeinsam.measures.measure.domain.Direction;
import berlin.gemeinsam.measures.measure.domain.Health;
import berlin.gemeinsam.measures.measure.domain.Indicator;
import berlin.gemeinsam.measures.measure.domain.IndicatorValue;
import berlin.gemeinsam.measures.measure.domain.Milestone;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Progress and health on worked examples. */
class ControllingTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-12-01");
    private static final LocalDate FIRST_REPORT = LocalDate.parse("2026-06-01");

    private static Milestone open(String id, String due) {
        return new Milestone(id, "Schritt " + id, LocalDate.parse(due), null);
    }

    private static Milestone done(String id) {
        return new Milestone(id, "Schritt " + id, LocalDate.parse("2026-10-01"), LocalDate.parse("2026-09-30"));
    }

    private static Indicator trees(String targetDate, String... values) {
        List<IndicatorValue> reported = new ArrayList<>();
        for (int index = 0; index < values.length; index++) {
            reported.add(new IndicatorValue(new BigDecimal(values[index]), FIRST_REPORT.plusDays(index),
                    "Grünflächenamt", null, "mitte"));
        }
        return new Indicator("i-1", "Straßenbäume", "Bäume", new BigDecimal("100"), new BigDecimal("200"),
                LocalDate.parse(targetDate), Direction.HIGHER_IS_BETTER, reported);
    }

    private static Indicator emissions(String... values) {
        List<IndicatorValue> reported = new ArrayList<>();
        for (int index = 0; index < values.length; index++) {
            reported.add(new IndicatorValue(new BigDecimal(values[index]), FIRST_REPORT.plusDays(index),
                    null, null, "mitte"));
        }
        return new Indicator("i-2", "CO2", "t", new BigDecimal("50"), new BigDecimal("30"),
                LocalDate.parse("2027-12-31"), Direction.LOWER_IS_BETTER, reported);
    }

    @Test
    void progressIsTheMeanOfTheDoneMilestonesShareAndTheIndicatorsShareOfTheWay() {
        // milestones: 1 of 2 done = 0.5; trees: 100 -> 150 of 100 -> 200 = 0.5; emissions: 50 -> 35 of 50 -> 30 = 0.75
        Controlling controlling = Controlling.of(List.of(done("m-1"), open("m-2", "2027-01-01")),
                List.of(trees("2027-12-31", "120", "150"), emissions("40", "35")), TODAY);

        // (0.5 + (0.5 + 0.75) / 2) / 2 = 0.5625
        assertThat(controlling.progress()).isEqualTo(56);
        assertThat(controlling.health()).isEqualTo(Health.ON_TRACK);
        assertThat(controlling.overdueMilestoneIds()).isEmpty();
    }

    @Test
    void aPartTheMeasureDoesNotHaveIsLeftOutAndNothingIsNoProgress() {
        assertThat(Controlling.of(List.of(done("m-1"), open("m-2", "2027-01-01")), List.of(), TODAY).progress())
                .isEqualTo(50);
        assertThat(Controlling.of(List.of(), List.of(trees("2027-12-31", "250")), TODAY).progress()).isEqualTo(100);
        assertThat(Controlling.of(List.of(), List.of(), TODAY).progress()).isZero();
    }

    @Test
    void theShareOfTheWayStaysBetweenBaselineAndTargetAndTheLatestValueIsTheLastMeasured() {
        assertThat(trees("2027-12-31", "80").shareOfTheWay()).isEqualByComparingTo("0");
        assertThat(trees("2027-12-31", "260").shareOfTheWay()).isEqualByComparingTo("1");
        assertThat(trees("2027-12-31").shareOfTheWay()).isEqualByComparingTo("0");
        assertThat(emissions("45").shareOfTheWay()).isEqualByComparingTo("0.25");
        List<IndicatorValue> reportedLate = new ArrayList<>(trees("2027-12-31", "150").values());
        reportedLate.add(new IndicatorValue(new BigDecimal("110"), FIRST_REPORT.minusMonths(5), null, null, "pankow"));
        Indicator late = new Indicator("i-1", "Straßenbäume", "Bäume", new BigDecimal("100"), new BigDecimal("200"),
                LocalDate.parse("2027-12-31"), Direction.HIGHER_IS_BETTER, reportedLate);
        assertThat(late.latest()).get().extracting(IndicatorValue::value).isEqualTo(new BigDecimal("150"));
    }

    @Test
    void oneOverdueMilestoneOrATrendAwayIsAtRiskAndBothAreOffTrack() {
        List<Milestone> oneOverdue = List.of(open("m-1", "2026-11-30"), open("m-2", "2026-12-01"));

        assertThat(Controlling.of(oneOverdue, List.of(), TODAY).health()).isEqualTo(Health.AT_RISK);
        assertThat(Controlling.of(oneOverdue, List.of(), TODAY).overdueMilestoneIds()).containsExactly("m-1");
        assertThat(Controlling.of(List.of(), List.of(trees("2027-12-31", "150", "140")), TODAY).health())
                .isEqualTo(Health.AT_RISK);
        assertThat(Controlling.of(List.of(), List.of(emissions("40", "42")), TODAY).health())
                .isEqualTo(Health.AT_RISK);
        assertThat(Controlling.of(List.of(), List.of(emissions("42", "40")), TODAY).health())
                .isEqualTo(Health.ON_TRACK);
        assertThat(Controlling.of(oneOverdue, List.of(trees("2027-12-31", "150", "140")), TODAY).health())
                .isEqualTo(Health.OFF_TRACK);
    }

    @Test
    void twoOverdueMilestonesOrAMissedTargetAreOffTrack() {
        assertThat(Controlling.of(List.of(open("m-1", "2026-11-01"), open("m-2", "2026-11-30")), List.of(), TODAY)
                .health()).isEqualTo(Health.OFF_TRACK);
        assertThat(Controlling.of(List.of(), List.of(trees("2026-11-30", "150")), TODAY).health())
                .isEqualTo(Health.OFF_TRACK);
        assertThat(Controlling.of(List.of(), List.of(trees("2026-11-30", "200")), TODAY).health())
                .isEqualTo(Health.ON_TRACK);
    }

    @Test
    void anIndicatorsTargetDiffersFromItsBaseline() {
        assertThatThrownBy(() -> new Indicator("i", "n", "u", BigDecimal.ONE, new BigDecimal("1.00"),
                TODAY, Direction.HIGHER_IS_BETTER, List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
