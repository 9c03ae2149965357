package berlin.gemeinsam.web.measures.web;

import java.util.List;

import berlin.gemeinsam.web.measures.application.Measure;
import berlin.gemeinsam.web.measures.application.Review;

/**
 * What a measure's reviews page shows: the measure with its version (which the forms post back), its reviews (the
 * latest first), whether it may be reviewed now, whether its review is overdue, and the review intervals offered.
 */
public record ReviewsPage(Measure measure, String version, List<Review> reviews, boolean reviewable,
                          boolean overdue, List<String> intervals) {
}
