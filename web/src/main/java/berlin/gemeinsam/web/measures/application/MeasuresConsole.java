package berlin.gemeinsam.web.measures.application;

import java.util.List;

import org.springframework.stereotype.Service;

/**
 * The unit admins' work on the unit's measures; measures-service checks that the caller administers the lead unit.
 * The console offers the lifecycle changes that need no more than a reason; completing and discontinuing, which ask
 * for lessons learned, stay with the API.
 */
@Service
public class MeasuresConsole {

    /** The changes the console offers, in the order of a measure's life. */
    private static final List<String> CHANGES = List.of("plan", "start-implementation", "start-pilot", "hold",
            "resume");

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
}
