package berlin.gemeinsam.benchmarks;

import berlin.gemeinsam.events.catalog.EventCatalog;
import berlin.gemeinsam.events.ideas.IdeaPublished;
import berlin.gemeinsam.platform.events.EventEnvelope;
import berlin.gemeinsam.platform.events.EventSequence;
import org.bson.Document;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.UUID;

/**
 * The idea every scenario submits: texts of a realistic length, so that the events in the raw limits and in the
 * JMH benchmarks are as large as the ones the pipeline carries.
 */
final class SampleIdea {

    static final String UNIT = "mitte";
    /** The citizen who submits the sample ideas (the token's subject and the idea's author). */
    static final String AUTHOR = "benchmark";
    static final String TITLE = "Schattenplätze und Trinkbrunnen am Spreeufer";
    static final String PROBLEM = "Im Sommer gibt es am Spreeufer zwischen Monbijoupark und Museumsinsel kaum "
            + "Schatten und kein Trinkwasser. Ältere Menschen und Familien mit kleinen Kindern meiden den Weg "
            + "deshalb an heißen Tagen, obwohl er die kürzeste Verbindung zwischen zwei Kiezen ist.";
    static final String PROPOSAL = "Bäume pflanzen, Sonnensegel über den Bänken und zwei Trinkbrunnen "
            + "aufstellen, gemeinsam mit den Berliner Wasserbetrieben.";
    static final String CATEGORY = "URBAN_DEVELOPMENT_HOUSING";

    private SampleIdea() {
    }

    static String submission() {
        return """
                {"title":"%s","problem":"%s","proposal":"%s","category":"%s","authorId":"benchmark"}"""
                .formatted(TITLE, PROBLEM, PROPOSAL, CATEGORY);
    }

    static IdeaPublished published() {
        return new IdeaPublished(UUID.randomUUID().toString(), UNIT, TITLE, PROBLEM, PROPOSAL, CATEGORY,
                Instant.now());
    }

    /** A feed entry's text about the sample idea, as notification-service renders it in both languages. */
    static Document feedText() {
        return new Document("de", "Neue Idee in Bezirksamt Mitte: „" + TITLE + "“")
                .append("en", "New idea in Mitte district office: \"" + TITLE + "\"");
    }

    /** The event as ideas-service's outbox would hand it to the relay. */
    static EventEnvelope envelope(JsonMapper json) {
        IdeaPublished idea = published();
        String type = EventCatalog.typeOf(IdeaPublished.class);
        return new EventEnvelope(UUID.randomUUID().toString(), "/units/" + UNIT + "/ideas-service", type,
                idea.ideaId(), idea.publishedAt(), EventCatalog.schemaUriOf(type), UNIT, json.writeValueAsBytes(idea),
                EventSequence.of(1, 0));
    }
}
