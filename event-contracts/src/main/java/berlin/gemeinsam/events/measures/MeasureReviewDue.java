package berlin.gemeinsam.events.measures;

import berlin.gemeinsam.events.EventStream;
import berlin.gemeinsam.events.EventType;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A measure's review is overdue: {@code dueDate} (its last review, or before the first its planning, plus its
 * {@code reviewInterval}, an ISO 8601 period) has passed without a review. Published once per measure and due date;
 * {@code lastReviewDate} is null before the first review.
 */
@EventType(value = "berlin.gemeinsam.measure.review-due.v1", stream = EventStream.MEASURES)
public record MeasureReviewDue(
        String measureId,
        String unit,
        String title,
        String status,
        LocalDate dueDate,
        LocalDate lastReviewDate,
        String reviewInterval,
        Instant announcedAt) {
}
