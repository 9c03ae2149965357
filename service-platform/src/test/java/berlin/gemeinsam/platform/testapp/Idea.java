package berlin.gemeinsam.platform.testapp;

import berlin.gemeinsam.events.ideas.IdeaPublished;

import java.time.Instant;

/** An idea that is published again under each new title: every publication is an event of the idea. */
public class Idea {

    private final String id;
    private final String unit;
    private String title;
    private final String problem;
    private final long version;

    Idea(String id, String unit, String title, String problem, long version) {
        this.id = id;
        this.unit = unit;
        this.title = title;
        this.problem = problem;
        this.version = version;
    }

    static Idea draft(String id, String unit, String title, String problem) {
        return new Idea(id, unit, title, problem, 0);
    }

    IdeaPublished publish(String newTitle, Instant now) {
        title = newTitle;
        return new IdeaPublished(id, unit, title, problem, null, null, now);
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public long version() {
        return version;
    }
}
