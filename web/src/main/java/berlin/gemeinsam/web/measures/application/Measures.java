package berlin.gemeinsam.web.measures.application;

import java.util.List;

/**
 * measures-service of the unit, as its unit admins use it. Every change of a measure takes the entity tag read
 * ({@code version}) and is refused (412) when the measure changed since.
 */
public interface Measures {

    /** The unit's measures, newest first as the service orders them. */
    List<Measure> list();

    VersionedMeasure get(String id);

    /** Proposes the measure; answers its id. */
    String propose(NewMeasure measure);

    void addMilestone(String id, String version, NewMilestone milestone);

    void addIndicator(String id, String version, NewIndicator indicator);

    void reportValue(String id, String version, String indicatorId, ReportedValue value);

    /**
     * A lifecycle change by its name in the API ({@code plan}, {@code start-implementation}, {@code start-pilot},
     * {@code hold}, {@code resume}); {@code reason} only for {@code hold}.
     */
    void change(String id, String version, String change, String reason);

    /** Grants the measure its mandate, or changes it: every part as typed replaces the one before. */
    void entrust(String id, String version, NewMandate mandate);

    /** The measure's reviews, the latest first. */
    List<Review> reviews(String id);

    void review(String id, String version, NewReview review);

    /** How long after a review (or the planning) the measure is reviewed again, an ISO 8601 period. */
    void reviewEvery(String id, String version, String interval);

    /** Completes ({@code complete}) or discontinues ({@code discontinue}) the measure with its lessons learned. */
    void close(String id, String version, String change, Closing closing);
}
