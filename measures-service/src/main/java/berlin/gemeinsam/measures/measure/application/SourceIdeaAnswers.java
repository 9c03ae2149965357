package berlin.gemeinsam.measures.measure.application;

import berlin.gemeinsam.measures.measure.domain.Measure;
import berlin.gemeinsam.platform.outbox.ConcurrentChanges;
import berlin.gemeinsam.platform.units.OwningUnit;
import org.springframework.stereotype.Service;

import java.util.function.Predicate;

/**
 * Records on the unit's measures what their source ideas answered. Answers to other units' measures are not
 * ours to record; a repeated answer changes nothing.
 */
@Service
public class SourceIdeaAnswers {

    private final Measures measures;
    private final OwningUnit owner;

    SourceIdeaAnswers(Measures measures, OwningUnit owner) {
        this.measures = measures;
        this.owner = owner;
    }

    public void adopted(String measureId, String measureUnit, String ideaId) {
        answer(measureId, measureUnit, measure -> measure.sourceIdeaAdopted(ideaId));
    }

    public void declined(String measureId, String measureUnit, String ideaId, String reason) {
        answer(measureId, measureUnit, measure -> measure.sourceIdeaDeclined(ideaId, reason));
    }

    private void answer(String measureId, String measureUnit, Predicate<Measure> change) {
        if (!owner.id().equals(measureUnit)) {
            return;
        }
        ConcurrentChanges.retry(() -> {
            measures.find(measureId).ifPresent(measure -> {
                if (change.test(measure)) {
                    measures.save(measure);
                }
            });
            return measureId;
        });
    }
}
