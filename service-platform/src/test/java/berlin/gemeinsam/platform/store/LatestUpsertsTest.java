package berlin.gemeinsam.platform.store;

import berlin.gemeinsam.testsupport.SharedDocumentStore;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class LatestUpsertsTest {

    private final MongoClient client = MongoClients.create(SharedDocumentStore.uri());
    private final MongoTemplate mongo = new MongoTemplate(client, "latest-upserts-" + UUID.randomUUID());

    private static final String COLLECTION = "told";

    private record Told(String id, String title) {
    }

    @AfterEach
    void dropDatabase() {
        mongo.getDb().drop();
        client.close();
    }

    @Test
    void theLastOfEachIdIsWrittenAndARepeatedBatchChangesNothing() {
        List<Told> batch = List.of(new Told("a", "first"), new Told("b", "only"), new Told("a", "last"));

        write(batch);
        write(batch);

        assertThat(mongo.findAll(Document.class, COLLECTION))
                .extracting(doc -> doc.get("_id"), doc -> doc.get("title"), doc -> doc.get("state"))
                .containsExactlyInAnyOrder(tuple("a", "last", "new"), tuple("b", "only", "new"));
    }

    @Test
    void whatIsSetOnlyOnInsertStaysAsTheFirstBatchLeftIt() {
        write(List.of(new Told("a", "first")));
        mongo.updateFirst(Query.query(Criteria.where("_id").is("a")),
                new Update().set("state", "merged"), COLLECTION);

        write(List.of(new Told("a", "again")));

        Document told = mongo.findById("a", Document.class, COLLECTION);
        assertThat(told).containsEntry("title", "again").containsEntry("state", "merged");
    }

    private void write(List<Told> items) {
        LatestUpserts.write(mongo, COLLECTION, items, Told::id,
                item -> new Update().set("title", item.title()).setOnInsert("state", "new"));
    }
}
