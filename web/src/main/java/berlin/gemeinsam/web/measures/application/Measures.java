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
}
