package berlin.gemeinsam.measures.portfolio.web;

import berlin.gemeinsam.measures.measure.domain.Health;
import berlin.gemeinsam.measures.measure.domain.MeasureStatus;
import berlin.gemeinsam.measures.measure.domain.MeasureType;
import berlin.gemeinsam.measures.portfolio.application.Portfolio;
import berlin.gemeinsam.measures.portfolio.application.PortfolioFilter;
import berlin.gemeinsam.measures.portfolio.application.PortfolioMeasures;
import berlin.gemeinsam.measures.portfolio.application.PortfolioSummary;
import berlin.gemeinsam.measures.portfolio.domain.PortfolioMeasure;
import berlin.gemeinsam.platform.paging.Cursor;
import berlin.gemeinsam.platform.paging.CursorPage;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The central office's portfolio of every unit's measures, as the units reported them: readable by everybody, as
 * every measure is.
 */
@RestController
@RequestMapping("/api/v1/portfolio")
@ConditionalOnProperty(name = "gemeinsam.unit", havingValue = Portfolio.CENTRAL_UNIT)
class PortfolioController {

    private static final String UNIT_PATTERN = "[a-z0-9-]{2,60}";

    private final Portfolio portfolio;

    PortfolioController(Portfolio portfolio) {
        this.portfolio = portfolio;
    }

    /**
     * Counts by status, type, unit and field of action; the open measures at risk and off track; overdue milestones
     * and reviews on today's date in Berlin; budget per unit; indicators on target. Of one unit only with
     * {@code unit}.
     */
    @GetMapping
    PortfolioSummary summary(@RequestParam(required = false) @Pattern(regexp = UNIT_PATTERN) String unit) {
        return portfolio.summary(Optional.ofNullable(unit));
    }

    /**
     * The measures, filtered, ordered by unit, title and id, a page of {@code limit} at a time; {@code next} is the
     * cursor of the following page (null on the last), sent back as {@code cursor}. A measure added while a client
     * walks the pages appears once or not at all, and no other measure repeats or goes missing.
     */
    @GetMapping("/measures")
    PortfolioPage measures(@RequestParam(required = false) @Pattern(regexp = UNIT_PATTERN) String unit,
                           @RequestParam(required = false) MeasureStatus status,
                           @RequestParam(required = false) Health health,
                           @RequestParam(required = false) MeasureType type,
                           @RequestParam(required = false) String cursor,
                           @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
        Optional<Cursor> after = Optional.ofNullable(cursor)
                .map(encoded -> Cursor.parse(encoded, PortfolioMeasures.CURSOR_KEYS));
        PortfolioFilter filter = new PortfolioFilter(Optional.ofNullable(unit), Optional.ofNullable(status)
                .map(Enum::name), Optional.ofNullable(health).map(Enum::name), Optional.ofNullable(type)
                .map(Enum::name));
        LocalDate today = portfolio.today();
        CursorPage<PortfolioMeasure> page = portfolio.measures(filter, after, limit);
        return new PortfolioPage(page.items().stream().map(measure -> PortfolioMeasureView.of(measure, today))
                .toList(), page.next().map(Cursor::encoded).orElse(null));
    }

    record PortfolioPage(List<PortfolioMeasureView> items, String next) {
    }

    /**
     * A measure as the steering view shows it: where it stands, its money, and what is overdue on today's date
     * ({@code overdueMilestones}, {@code reviewOverdue}).
     */
    record PortfolioMeasureView(String id, String unit, String title, String type, String status, String health,
                                int progress, List<String> participatingUnits, List<String> fieldsOfAction,
                                BigDecimal budgetPlanned, BigDecimal budgetSpent, int milestones,
                                int overdueMilestones, int indicators, long indicatorsOnTarget,
                                LocalDate nextReviewDue, boolean reviewOverdue, Instant reportedAt) {

        static PortfolioMeasureView of(PortfolioMeasure measure, LocalDate today) {
            return new PortfolioMeasureView(measure.id(), measure.unit(), measure.title(), measure.type(),
                    measure.status(), measure.health(), measure.progress(), measure.participatingUnits(),
                    measure.fieldsOfAction(), measure.budgetPlanned(), measure.budgetSpent(),
                    measure.milestones().size(), measure.overdueMilestones(today).size(), measure.indicators().size(),
                    measure.indicatorsOnTarget(), measure.nextReviewDue(), measure.isReviewOverdue(today),
                    measure.reportedAt());
        }
    }
}
