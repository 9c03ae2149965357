package berlin.gemeinsam.web.measures.client;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import berlin.gemeinsam.web.measures.application.Closing;
import berlin.gemeinsam.web.measures.application.Measure;
import berlin.gemeinsam.web.measures.application.Measures;
import berlin.gemeinsam.web.measures.application.NewIndicator;
import berlin.gemeinsam.web.measures.application.NewMandate;
import berlin.gemeinsam.web.measures.application.NewMeasure;
import berlin.gemeinsam.web.measures.application.NewMilestone;
import berlin.gemeinsam.web.measures.application.NewReview;
import berlin.gemeinsam.web.measures.application.ReportedValue;
import berlin.gemeinsam.web.measures.application.Review;
import berlin.gemeinsam.web.measures.application.VersionedMeasure;
import berlin.gemeinsam.web.services.client.ServiceClients;

/** measures-service's API ({@code /api/v1/measures}). */
@Component
class HttpMeasures implements Measures {

    private final RestClient measures;

    HttpMeasures(ServiceClients clients) {
        this.measures = clients.measures();
    }

    @Override
    public List<Measure> list() {
        return measures.get().uri("/api/v1/measures?size=100").retrieve().body(Page.class).items();
    }

    @Override
    public VersionedMeasure get(String id) {
        ResponseEntity<Measure> read = measures.get().uri("/api/v1/measures/{id}", id).retrieve()
                .toEntity(Measure.class);
        return new VersionedMeasure(read.getBody(), read.getHeaders().getETag());
    }

    @Override
    public String propose(NewMeasure measure) {
        Mandate mandate = new Mandate(text(measure.responsibleRole()), number(measure.budgetPlanned()), null,
                number(measure.staffCapacityPersonDays()), text(measure.competencesGranted()));
        Proposal body = new Proposal(text(measure.title()), text(measure.goal()), text(measure.type()),
                text(measure.sourceIdeaId()), mandate);
        return measures.post().uri("/api/v1/measures").contentType(MediaType.APPLICATION_JSON).body(body)
                .retrieve().body(Measure.class).id();
    }

    @Override
    public void addMilestone(String id, String version, NewMilestone milestone) {
        send(measures.post().uri("/api/v1/measures/{id}/milestones", id), version,
                new MilestoneBody(text(milestone.title()), text(milestone.dueDate()), text(milestone.doneDate())));
    }

    @Override
    public void addIndicator(String id, String version, NewIndicator indicator) {
        send(measures.post().uri("/api/v1/measures/{id}/indicators", id), version,
                new IndicatorBody(text(indicator.name()), text(indicator.unitOfMeasurement()),
                        number(indicator.baseline()), number(indicator.target()), text(indicator.targetDate()),
                        text(indicator.direction())));
    }

    @Override
    public void reportValue(String id, String version, String indicatorId, ReportedValue value) {
        send(measures.post().uri("/api/v1/measures/{id}/indicators/{indicatorId}/values", id, indicatorId),
                version, new ValueBody(number(value.value()), text(value.date()), text(value.source()),
                        text(value.note())));
    }

    @Override
    public void change(String id, String version, String change, String reason) {
        send(measures.post().uri("/api/v1/measures/{id}/{change}", id, change), version,
                "hold".equals(change) ? new HoldBody(text(reason)) : null);
    }

    @Override
    public void entrust(String id, String version, NewMandate mandate) {
        send(measures.put().uri("/api/v1/measures/{id}/mandate", id), version,
                new Mandate(text(mandate.responsibleRole()), number(mandate.budgetPlanned()),
                        number(mandate.budgetSpent()), number(mandate.staffCapacityPersonDays()),
                        text(mandate.competencesGranted())));
    }

    @Override
    public List<Review> reviews(String id) {
        return List.of(measures.get().uri("/api/v1/measures/{id}/reviews", id).retrieve().body(Review[].class));
    }

    /**
     * A target is changed when an indicator or a new target is given, and a health set when a health or its reason
     * is: a part given alone goes too, for measures-service to name what it misses.
     */
    @Override
    public void review(String id, String version, NewReview review) {
        List<ChangedTarget> targets = text(review.indicatorId()) == null && text(review.newTarget()) == null
                ? null : List.of(new ChangedTarget(text(review.indicatorId()), number(review.newTarget()),
                        text(review.newTargetDate())));
        HealthOverride override = text(review.health()) == null && text(review.healthReason()) == null
                ? null : new HealthOverride(text(review.health()), text(review.healthReason()));
        send(measures.post().uri("/api/v1/measures/{id}/reviews", id), version,
                new ReviewBody(text(review.date()), text(review.assessment()), text(review.decisions()),
                        text(review.lessons()), targets, override));
    }

    @Override
    public void reviewEvery(String id, String version, String interval) {
        send(measures.put().uri("/api/v1/measures/{id}/review-interval", id), version,
                new IntervalBody(text(interval)));
    }

    @Override
    public void close(String id, String version, String change, Closing closing) {
        send(measures.post().uri("/api/v1/measures/{id}/{change}", id, change), version,
                new ClosingBody("discontinue".equals(change) ? text(closing.reason()) : null,
                        new LessonsBody(text(closing.whatWorked()), text(closing.whatDidNotWork()),
                                text(closing.whatOthersShouldKnow()))));
    }

    /** A change meant for the version read when there is one ({@code If-Match}). */
    private static void send(RestClient.RequestBodySpec request, String version, Object body) {
        if (version != null && !version.isBlank()) {
            request.header(HttpHeaders.IF_MATCH, version);
        }
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        request.retrieve().toBodilessEntity();
    }

    /** A field left empty is not sent, so that the service's own rules for it apply. */
    private static String text(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /**
     * A number as typed, with a decimal comma as Germans write it; what is no number goes as typed, for the
     * service to name the field it does not take.
     */
    private static Object number(String text) {
        String typed = text(text);
        if (typed == null) {
            return null;
        }
        String normalized = typed.replace(" ", "").replace(',', '.');
        try {
            return new BigDecimal(normalized);
        } catch (NumberFormatException notANumber) {
            return typed;
        }
    }

    record Page(List<Measure> items) {
    }

    record Proposal(String title, String goal, String type, String sourceIdeaId, Mandate mandate) {
    }

    record Mandate(String responsibleRole, Object budgetPlanned, Object budgetSpent, Object staffCapacityPersonDays,
                   String competencesGranted) {
    }

    record MilestoneBody(String title, String dueDate, String doneDate) {
    }

    record IndicatorBody(String name, String unitOfMeasurement, Object baseline, Object target, String targetDate,
                         String direction) {
    }

    record ValueBody(Object value, String date, String source, String note) {
    }

    record HoldBody(String reason) {
    }

    record ReviewBody(String date, String assessment, String decisions, String lessons,
                      List<ChangedTarget> changedTargets, HealthOverride healthOverride) {
    }

    record ChangedTarget(String indicatorId, Object newTarget, String newTargetDate) {
    }

    record HealthOverride(String health, String reason) {
    }

    record IntervalBody(String reviewInterval) {
    }

    record ClosingBody(String reason, LessonsBody lessonsLearned) {
    }

    record LessonsBody(String whatWorked, String whatDidNotWork, String whatOthersShouldKnow) {
    }
}
