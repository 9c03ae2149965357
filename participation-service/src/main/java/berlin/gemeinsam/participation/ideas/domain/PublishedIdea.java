package berlin.gemeinsam.participation.ideas.domain;

import berlin.gemeinsam.events.ideas.IdeaPublished;
import berlin.gemeinsam.platform.errors.StateConflictException;

import java.time.Instant;
import java.util.List;

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
    /**
     * The idea this one was merged into as its duplicate. Not a constructor parameter: the store sets it when it is
     * there, and ideas learnt before merging existed have none.
     */
    private String mergedInto;

    PublishedIdea(String id, String unit, String title, Instant publishedAt) {
        this.id = id;
        this.unit = unit;
        this.title = title;
        this.publishedAt = publishedAt;
    }

    public static PublishedIdea of(IdeaPublished published) {
        return new PublishedIdea(published.ideaId(), published.unit(), published.title(), published.publishedAt());
    }

    /**
     * Refuses a support of a merged idea: its supports moved to the idea it was merged into, and one given later
     * would stay behind.
     */
    public void requireOpenForSupport() {
        if (mergedInto != null) {
            throw new StateConflictException("idea", "MERGED", "support", List.of());
        }
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

    public String getMergedInto() {
        return mergedInto;
    }
}
