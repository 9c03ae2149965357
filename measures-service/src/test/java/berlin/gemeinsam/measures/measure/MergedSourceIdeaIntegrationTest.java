package berlin.gemeinsam.measures.measure;

import berlin.gemeinsam.testsupport.HttpApi;
import berlin.gemeinsam.testsupport.PolledRecords;
import berlin.gemeinsam.testsupport.ServiceApiTest;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.messaging.Message;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** An idea merged into another as its duplicate is taken up by no measure; its unit's answers in version 2. */
class MergedSourceIdeaIntegrationTest extends ServiceApiTest {

    @Autowired
    MongoTemplate mongo;

    /** The consumer of the ideas streams, handed a poll as its binding would hand it. */
    @Autowired
    @Qualifier("ideaEvents")
    Consumer<Message<List<byte[]>>> ideaEvents;

    private HttpApi.Response proposeFrom(String ideaId, String title) {
        return asUnitAdmin("mitte").post("/api/v1/measures", """
                {"title":"%s","goal":"Wasser an heißen Tagen","type":"DECENTRAL","sourceIdeaId":"%s"}"""
                .formatted(title, ideaId));
    }

    @Test
    void aMergedIdeaIsA409NamingItsStateAndALatePublicationDoesNotFreeIt() {
        String ideaId = IdeaStreams.knownPublishedIdea(mongo);
        String survivor = IdeaStreams.knownPublishedIdea(mongo);

        IdeaStreams.merged(ideaId, "pankow", survivor, "PUBLISHED");
        IdeaStreams.awaitKnownAs(mongo, ideaId, "MERGED");
        // the publication again, as after a rebalance before the merge's offset was committed
        IdeaStreams.published(ideaId, "pankow");

        String title = "Aus einem Duplikat " + UUID.randomUUID();
        HttpApi.Response refused = proposeFrom(ideaId, title);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.field("currentState")).isEqualTo("MERGED");
        assertThat(mongo.getCollection("measure").countDocuments(new Document("title", title))).isZero();
        assertThat(proposeFrom(survivor, "Aus der überlebenden Idee").status()).isEqualTo(201);
        IdeaStreams.awaitKnownAs(mongo, ideaId, "MERGED");
    }

    @Test
    void aPollWithPublicationsAndTheMergeAndAdoptionOfTheirIdeasEndsAsOneByOneAndItsRedeliveryChangesNothing() {
        String survivor = IdeaStreams.knownPublishedIdea(mongo);
        String duplicate = UUID.randomUUID().toString();
        String adopted = UUID.randomUUID().toString();
        String measureOfPankow = UUID.randomUUID().toString();
        PolledRecords poll = new PolledRecords();
        IdeaStreams.published(poll::add, duplicate, "pankow");
        IdeaStreams.published(poll::add, adopted, "pankow");
        IdeaStreams.merged(poll::add, duplicate, "pankow", survivor, "PUBLISHED");
        IdeaStreams.adopted(poll::add, adopted, "pankow", measureOfPankow, "pankow");
        Message<List<byte[]>> piece = poll.message();

        ideaEvents.accept(piece);

        HttpApi.Response fromDuplicate = proposeFrom(duplicate, "Aus dem Duplikat " + UUID.randomUUID());
        assertThat(fromDuplicate.status()).isEqualTo(409);
        assertThat(fromDuplicate.field("currentState")).isEqualTo("MERGED");
        HttpApi.Response fromAdopted = proposeFrom(adopted, "Aus der übernommenen Idee " + UUID.randomUUID());
        assertThat(fromAdopted.status()).isEqualTo(409);
        assertThat(fromAdopted.field("currentState")).isEqualTo("ADOPTED");
        List<Document> known = knownIdeas(survivor, duplicate, adopted);
        assertThat(known).extracting(idea -> idea.getString("state")).containsExactly("PUBLISHED", "MERGED", "ADOPTED");

        // the same poll again, as after a rebalance: dropped by the events' ids
        ideaEvents.accept(piece);
        // and again after a crash between its effects and the records that its events were processed
        mongo.remove(Query.query(Criteria.where("event").in(poll.eventKeys())), "processed_events");
        ideaEvents.accept(piece);

        assertThat(knownIdeas(survivor, duplicate, adopted)).isEqualTo(known);
        assertThat(mongo.getCollection("processed_events").countDocuments(
                new Document("event", new Document("$in", poll.eventKeys())))).isEqualTo(4);
    }

    private List<Document> knownIdeas(String... ideaIds) {
        List<Document> known = new ArrayList<>();
        for (String ideaId : ideaIds) {
            known.add(mongo.getCollection("knownIdea").find(new Document("_id", ideaId)).first());
        }
        return known;
    }

    @Test
    void anIdeaMergedBeforeItWasPublishedStaysUnknown() {
        String ideaId = UUID.randomUUID().toString();
        IdeaStreams.merged(ideaId, "pankow", UUID.randomUUID().toString(), "SUBMITTED");
        // once a later event of the same idea is known, the merge before it was handled
        IdeaStreams.published(ideaId, "pankow");
        IdeaStreams.awaitKnownAs(mongo, ideaId, "PUBLISHED");
    }

    @Test
    void aMeasureTheIdeaDeclinesInVersion2ShowsTheDecline() {
        String ideaId = IdeaStreams.knownPublishedIdea(mongo);
        HttpApi.Response created = proposeFrom(ideaId, "Vor der Zusammenführung");
        assertThat(created.status()).isEqualTo(201);
        String measureId = created.field("id");

        // the idea was merged before our proposal reached its unit
        IdeaStreams.declinedAsMerged(ideaId, "pankow", measureId, "mitte");

        await().atMost(Duration.ofSeconds(45)).until(() -> "DECLINED".equals(
                api.get("/api/v1/measures/" + measureId).json().path("sourceIdea").path("state").asString()));
        assertThat(api.get("/api/v1/measures/" + measureId).json().path("sourceIdea").path("reason").asString())
                .isEqualTo("NOT_PUBLISHED");
    }
}
