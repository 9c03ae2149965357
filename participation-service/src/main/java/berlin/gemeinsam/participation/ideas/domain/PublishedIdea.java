package berlin.gemeinsam.participation.ideas.domain;

import berlin.gemeinsam.events.ideas.IdeaPublished;

import java.time.Instant;

/**
 * An idea of any unit that has been published in the Arena der Ideen, as far as participation needs to know
 * it: only published ideas can be supported. Its id is the idea's id, so learning of it again replaces it
 * instead of adding a second one.
 */
public class PublishedIdea {

    private final String id;
    private final String unit;
    private final String title;
    private final Instant publishedAt;

    PublishedIdea(String id, String unit, String title, Instant publishedAt) {
        this.id = id;
        this.unit = unit;
        this.title = title;
        this.publishedAt = publishedAt;
    }

    public static PublishedIdea of(IdeaPublished published) {
        return new PublishedIdea(published.ideaId(), published.unit(), published.title(), published.publishedAt());
    }

    public String getId() {
        return id;
    }

    public String getUnit() {
        return unit;
    }

    public String getTitle() {
        return title;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }
}
