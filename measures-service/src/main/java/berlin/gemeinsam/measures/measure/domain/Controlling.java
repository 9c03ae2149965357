package berlin.gemeinsam.measures.measure.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a measure stands on a day, derived from its milestones and indicators, never typed in.
 *
 * <p>Progress (0 to 100 percent) is the mean of two parts, each counted only when the measure has it: the share of
 * its milestones that are done, and the mean of its indicators' shares of the way from baseline to target (each
 * between 0 and 1). Without milestones and indicators it is 0.
 *
 * <p>Health: {@code OFF_TRACK} with two or more overdue milestones, or an indicator whose target date passed
 * without reaching its target, or one overdue milestone and an indicator trending away from its target (its latest
 * value worse than the one before); {@code AT_RISK} with one overdue milestone or one such trend; otherwise
 * {@code ON_TRACK}.
 *
 * @param overdueMilestoneIds the milestones open after their due date
 */
public record Controlling(int progress, Health health, List<String> overdueMilestoneIds) {

    public static Controlling of(List<Milestone> milestones, List<Indicator> indicators, LocalDate today) {
        List<BigDecimal> parts = new ArrayList<>();
        if (!milestones.isEmpty()) {
            long done = milestones.stream().filter(Milestone::isDone).count();
            parts.add(BigDecimal.valueOf(done).divide(BigDecimal.valueOf(milestones.size()), 4, RoundingMode.HALF_UP));
        }
        if (!indicators.isEmpty()) {
            BigDecimal sum = indicators.stream().map(Indicator::shareOfTheWay).reduce(BigDecimal.ZERO, BigDecimal::add);
            parts.add(sum.divide(BigDecimal.valueOf(indicators.size()), 4, RoundingMode.HALF_UP));
        }
        int progress = parts.isEmpty() ? 0 : parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(parts.size()), 0, RoundingMode.HALF_UP)
                .intValueExact();
        List<String> overdue = milestones.stream().filter(milestone -> milestone.isOverdueOn(today))
                .map(Milestone::id).toList();
        boolean missed = indicators.stream().anyMatch(indicator -> indicator.missedOn(today));
        boolean trendingAway = indicators.stream().anyMatch(Indicator::trendsAway);
        Health health;
        if (overdue.size() >= 2 || missed || overdue.size() == 1 && trendingAway) {
            health = Health.OFF_TRACK;
        } else if (overdue.size() == 1 || trendingAway) {
            health = Health.AT_RISK;
        } else {
            health = Health.ON_TRACK;
        }
        return new Controlling(progress, health, overdue);
    }
}
