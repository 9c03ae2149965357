package berlin.gemeinsam.web.measures.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import berlin.gemeinsam.web.measures.application.Measure;
import berlin.gemeinsam.web.measures.application.MeasuresConsole;
import berlin.gemeinsam.web.measures.application.NewReview;
import berlin.gemeinsam.web.measures.application.VersionedMeasure;

/**
 * A measure's reviews (Revisionen): when the next is due (overdue marked), how often it is reviewed, recording a
 * review with its assessment, decisions and lessons, optionally one indicator's new target and a health set against
 * the derived one, and the reviews recorded so far.
 */
@Controller
class ReviewsController {

    /** The intervals offered, shortest first; measures-service takes any from a day to two years. */
    private static final List<String> INTERVALS = List.of("P1M", "P3M", "P6M", "P1Y", "P2Y");
    /** The review's parts as measures-service names them, onto the form's. */
    private static final Map<String, String> REVIEW_FIELDS = Map.of("date", "date", "assessment", "assessment",
            "decisions", "decisions", "lessons", "lessons", "changedTargets[0].indicatorId", "indicatorId",
            "changedTargets[0].newTarget", "newTarget", "changedTargets[0].newTargetDate", "newTargetDate",
            "healthOverride.health", "health", "healthOverride.reason", "healthReason");
    private static final Map<String, String> INTERVAL_FIELDS = Changes.same("reviewInterval");

    private final MeasuresConsole console;

    ReviewsController(MeasuresConsole console) {
        this.console = console;
    }

    @GetMapping("/measures/{id}/reviews")
    String reviews(@PathVariable String id, Model model) {
        return page(id, model);
    }

    @PostMapping("/measures/{id}/reviews")
    String review(@PathVariable String id, @ModelAttribute("review") ReviewForm form, BindingResult binding,
                  Model model, RedirectAttributes redirect) {
        return Changes.send(reviewsOf(id), "measures.reviewed", REVIEW_FIELDS, binding, redirect,
                () -> page(id, model),
                () -> console.review(id, form.getVersion(), new NewReview(form.getDate(), form.getAssessment(),
                        form.getDecisions(), form.getLessons(), form.getIndicatorId(), form.getNewTarget(),
                        form.getNewTargetDate(), form.getHealth(), form.getHealthReason())));
    }

    @PostMapping("/measures/{id}/review-interval")
    String reviewEvery(@PathVariable String id, @ModelAttribute("interval") IntervalForm form, BindingResult binding,
                       Model model, RedirectAttributes redirect) {
        return Changes.send(reviewsOf(id), "measures.intervalChanged", INTERVAL_FIELDS, binding, redirect,
                () -> page(id, model),
                () -> console.reviewEvery(id, form.getVersion(), form.getReviewInterval()));
    }

    /** The measure as it is now, with a fresh form for every form that was not just sent. */
    private String page(String id, Model model) {
        VersionedMeasure read = console.get(id);
        Measure measure = read.measure();
        List<String> intervals = new ArrayList<>(INTERVALS);
        if (measure.reviewInterval() != null && !intervals.contains(measure.reviewInterval())) {
            intervals.add(measure.reviewInterval());
        }
        model.addAttribute("page", new ReviewsPage(measure, read.version(), console.reviews(id),
                console.reviewable(measure), console.reviewOverdue(measure), intervals));
        if (!model.containsAttribute("review")) {
            ReviewForm review = new ReviewForm();
            review.setDate(console.today().toString());
            model.addAttribute("review", review);
        }
        if (!model.containsAttribute("interval")) {
            IntervalForm interval = new IntervalForm();
            interval.setReviewInterval(measure.reviewInterval());
            model.addAttribute("interval", interval);
        }
        return "measure-reviews";
    }

    private static String reviewsOf(String id) {
        return Changes.pathOf(id) + "/reviews";
    }
}
