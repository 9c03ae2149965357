package berlin.gemeinsam.measures.portfolio;

import berlin.gemeinsam.measures.portfolio.domain.PortfolioMeasure;
import berlin.gemeinsam.measures.portfolio.domain.PortfolioMeasure.PortfolioIndicator;
import berlin.gemeinsam.measures.portfolio.domain.PortfolioMeasure.PortfolioMilestone;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the portfolio derives from a measure's snapshot on the day it is read. */
class PortfolioMeasureTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private static PortfolioMeasure measure(String status, LocalDate nextReviewDue, PortfolioMilestone... milestones) {
        return new PortfolioMeasure("m-1", "spandau", "Radwege", "DECENTRAL", status, List.of(), List.of(),
                "AT_RISK", 40, new BigDecimal("1000.00"), new BigDecimal("250.00"), List.of(milestones),
                List.of(new PortfolioIndicator("i-1", "Radverkehr", "%", BigDecimal.ONE, BigDecimal.TEN, TODAY,
                        BigDecimal.TEN, TODAY, true),
                        new PortfolioIndicator("i-2", "Unfälle", null, BigDecimal.TEN, BigDecimal.ONE, TODAY, null,
                                null, false)),
                nextReviewDue, Instant.parse("2026-11-30T10:00:00Z"), null);
    }

    @Test
    void aMilestoneIsOverdueFromTheDayAfterItsDueDateWhileItIsOpen() {
        PortfolioMilestone dueYesterday = new PortfolioMilestone("a", "Planung", TODAY.minusDays(1), null);
        PortfolioMilestone dueToday = new PortfolioMilestone("b", "Ausschreibung", TODAY, null);
        PortfolioMilestone doneLate = new PortfolioMilestone("c", "Bau", TODAY.minusDays(20), TODAY.minusDays(2));

        PortfolioMeasure inImplementation = measure("IN_IMPLEMENTATION", null, dueYesterday, dueToday, doneLate);

        assertThat(inImplementation.overdueMilestones(TODAY)).containsExactly(dueYesterday);
        assertThat(inImplementation.overdueMilestones(TODAY.plusDays(1))).containsExactly(dueYesterday, dueToday);
    }

    @Test
    void aClosedMeasureHasNoOverdueMilestones() {
        PortfolioMilestone open = new PortfolioMilestone("a", "Planung", TODAY.minusDays(30), null);

        assertThat(measure("COMPLETED", null, open).overdueMilestones(TODAY)).isEmpty();
        assertThat(measure("DISCONTINUED", null, open).overdueMilestones(TODAY)).isEmpty();
        assertThat(measure("ON_HOLD", null, open).overdueMilestones(TODAY)).containsExactly(open);
    }

    @Test
    void aReviewIsOverdueFromTheDayAfterItWasDue() {
        assertThat(measure("PLANNED", TODAY).isReviewOverdue(TODAY)).isFalse();
        assertThat(measure("PLANNED", TODAY).isReviewOverdue(TODAY.plusDays(1))).isTrue();
        assertThat(measure("PROPOSED", null).isReviewOverdue(TODAY)).isFalse();
    }

    @Test
    void anEventWithoutSequenceComesBeforeEveryOther() {
        PortfolioMeasure unsequenced = measure("PLANNED", null);

        assertThat(unsequenced.sequence()).isEqualTo(PortfolioMeasure.UNSEQUENCED);
        assertThat(PortfolioMeasure.UNSEQUENCED.compareTo("0000000000000000001.0000")).isNegative();
        assertThat(unsequenced.indicatorsOnTarget()).isEqualTo(1);
    }
}
