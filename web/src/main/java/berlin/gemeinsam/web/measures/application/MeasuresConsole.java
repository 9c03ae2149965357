package berlin.gemeinsam.web.measures.application;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;

/**
 * The unit admins' work on the unit's measures; measures-service checks that the caller administers the lead unit.
 * The measure's page offers the lifecycle changes that need no more than a reason; completing and discontinuing,
 * which ask for lessons learned, and the mandate and the reviews have pages of their own.
 */
@Service
public class MeasuresConsole {

    /** The changes the console offers, in the order of a measure's life. */
    private static final List<String> CHANGES = List.of("plan", "start-implementation", "start-pilot", "hold",
            "resume");

    /** The changes that close a measure, each on a page of its own. */
    private static final List<String> CLOSINGS = List.of("complete", "discontinue");
    /** The states in which measures-service takes a review: planned and not closed. */
    private static final Set<String> REVIEWABLE = Set.of("PLANNED", "IN_IMPLEMENTATION", "PILOT", "ON_HOLD");
    /** measures-service counts days in Berlin. */
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final Measures measures;

    MeasuresConsole(Measures measures) {
        this.measures = measures;
    }

    public List<Measure> list() {
        return measures.list();
    }

    public VersionedMeasure get(String id) {
        return measures.get(id);
    }

    /** The lifecycle changes the measure's status allows and the console offers. */
    public List<String> offeredChanges(Measure measure) {
        return CHANGES.stream().filter(measure.allowedChanges()::contains).toList();
    }

    /** The changes closing the measure that its status allows. */
    public List<String> offeredClosings(Measure measure) {
        return CLOSINGS.stream().filter(measure.allowedChanges()::contains).toList();
    }

    public boolean reviewable(Measure measure) {
        return REVIEWABLE.contains(measure.status());
    }

    /** Today in Berlin, whose days measures-service counts. */
    public LocalDate today() {
        return LocalDate.now(BERLIN);
    }

    /** Whether the measure's next review was due before today. */
    public boolean reviewOverdue(Measure measure) {
        return measure.nextReviewDue() != null && measure.nextReviewDue().isBefore(today());
    }

    public String propose(NewMeasure measure) {
        return measures.propose(measure);
    }

    public void addMilestone(String id, String version, NewMilestone milestone) {
        measures.addMilestone(id, version, milestone);
    }

    public void addIndicator(String id, String version, NewIndicator indicator) {
        measures.addIndicator(id, version, indicator);
    }

    public void reportValue(String id, String version, String indicatorId, ReportedValue value) {
        measures.reportValue(id, version, indicatorId, value);
    }

    public void change(String id, String version, String change, String reason) {
        measures.change(id, version, change, reason);
    }

    public void entrust(String id, String version, NewMandate mandate) {
        measures.entrust(id, version, mandate);
    }

    public List<Review> reviews(String id) {
        return measures.reviews(id);
    }

    public void review(String id, String version, NewReview review) {
        measures.review(id, version, review);
    }

    public void reviewEvery(String id, String version, String interval) {
        measures.reviewEvery(id, version, interval);
    }

    /** {@code change} is {@code complete} or {@code discontinue}. */
    public void close(String id, String version, String change, Closing closing) {
        if (!CLOSINGS.contains(change)) {
            throw new IllegalArgumentException("no change closing a measure: " + change);
        }
        measures.close(id, version, change, closing);
    }
}
