package berlin.gemeinsam.events.measures;

import berlin.gemeinsam.events.EventStream;
import berlin.gemeinsam.events.EventType;

import java.time.Instant;
import java.util.List;

/**
 * A unit proposed a measure, with what its readers need beside v1: the Projektteam ({@code participatingUnits},
 * unit ids), the fields of action and guiding principles it serves (names of
 * {@link berlin.gemeinsam.events.Category} and {@link berlin.gemeinsam.events.GuidingPrinciple})
 * and the ideas it takes up ({@code linkedIdeaIds}, the source idea first). Written beside v1 in the same change,
 * after it, until v1's consumers moved.
 */
@EventType(value = "berlin.gemeinsam.measure.proposed.v2", stream = EventStream.MEASURES)
public record MeasureProposedV2(
        String measureId,
        String unit,
        String title,
        String goal,
        String type,
        String sourceIdeaId,
        List<String> participatingUnits,
        List<String> fieldsOfAction,
        List<String> guidingPrinciples,
        List<String> linkedIdeaIds,
        Instant proposedAt) {
}
