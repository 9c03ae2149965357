package berlin.gemeinsam.measures.ideas.application;

import berlin.gemeinsam.events.ideas.IdeaAdopted;
import berlin.gemeinsam.events.ideas.IdeaAdoptionDeclined;
import berlin.gemeinsam.events.ideas.IdeaAdoptionDeclinedV2;
import berlin.gemeinsam.events.ideas.IdeaMerged;
import berlin.gemeinsam.events.ideas.IdeaPublished;
import org.springframework.stereotype.Service;

import java.util.List;

/**
 * Learns from the ideas streams of all units which ideas a measure may take up (a unit's measure may adopt any
 * unit's idea).
 */
@Service
public class KnownIdeaService {

    private final KnownIdeas ideas;

    KnownIdeaService(KnownIdeas ideas) {
        this.ideas = ideas;
    }

    /** Publications in the order they happened: written at once, the later of two of one idea wins. */
    public void published(List<IdeaPublished> publications) {
        ideas.published(publications.stream()
                .map(published -> new KnownIdeas.Publication(published.ideaId(), published.unit(), published.title()))
                .toList());
    }

    public void adopted(IdeaAdopted adopted) {
        ideas.adopted(adopted.ideaId(), adopted.unit(), adopted.measureId());
    }

    /** A decline names the measure that holds the idea, if any: the idea is adopted by that one. */
    public void declined(IdeaAdoptionDeclined declined) {
        declined(declined.ideaId(), declined.unit(), declined.adoptingMeasureId());
    }

    /** Version 2 of the decline, which may name every state of the idea: the same meaning. */
    public void declined(IdeaAdoptionDeclinedV2 declined) {
        declined(declined.ideaId(), declined.unit(), declined.adoptingMeasureId());
    }

    private void declined(String ideaId, String unit, String adoptingMeasureId) {
        if (adoptingMeasureId != null) {
            ideas.adopted(ideaId, unit, adoptingMeasureId);
        }
    }

    /** A merged idea is a duplicate that no measure may take up any more. */
    public void merged(IdeaMerged merged) {
        ideas.merged(merged.ideaId());
    }
}
