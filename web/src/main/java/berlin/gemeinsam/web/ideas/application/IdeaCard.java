package berlin.gemeinsam.web.ideas.application;

import java.time.Instant;

/** An idea in a list: enough to recognise it and open it. */
public record IdeaCard(String id, String title, String problem, String status, long supportCount,
                       Instant publishedAt) {
}
