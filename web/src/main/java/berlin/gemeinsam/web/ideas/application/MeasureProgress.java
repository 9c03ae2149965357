package berlin.gemeinsam.web.ideas.application;

import java.util.Objects;

import berlin.gemeinsam.web.measures.application.Measure;
import berlin.gemeinsam.web.measures.application.Milestone;

/**
 * The measure an idea became and how it progresses, as the idea's page shows it: {@code status} and {@code health}
 * by their names in measures-service's API, {@code progress} in percent as the service reckons it, and how many of
 * its milestones are done. Not {@code available} when the unit's measures-service did not tell (it does not answer,
 * or another unit leads the measure): then only its id is known.
 */
public record MeasureProgress(String id, String title, String status, String health, int progress,
                              long milestonesDone, int milestones, boolean available) {

    static MeasureProgress of(Measure measure) {
        long done = measure.milestones().stream().map(Milestone::doneDate).filter(Objects::nonNull).count();
        return new MeasureProgress(measure.id(), measure.title(), measure.status(), measure.health(),
                measure.progress(), done, measure.milestones().size(), true);
    }

    static MeasureProgress unavailable(String id) {
        return new MeasureProgress(id, null, null, null, 0, 0, 0, false);
    }
}
