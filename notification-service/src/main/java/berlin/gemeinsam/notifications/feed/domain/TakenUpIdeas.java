package berlin.gemeinsam.notifications.feed.domain;

import java.util.List;

/**
 * Ideas a measure takes up: its source idea when it is proposed, or an idea linked to it later. Their followers hear
 * how the measure fares.
 */
public record TakenUpIdeas(String measureId, List<String> ideaIds) {

    public TakenUpIdeas {
        ideaIds = ideaIds.stream().filter(id -> id != null && !id.isBlank()).distinct().toList();
    }
}
