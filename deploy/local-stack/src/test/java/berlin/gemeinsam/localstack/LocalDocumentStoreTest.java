package berlin.gemeinsam.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalDocumentStoreTest {

    @TempDir
    Path dataDir;

    @Test
    void documentSurvivesRestartOnTheSameDataDirectory() {
        int port = FreePorts.next();
        try (LocalDocumentStore store = new LocalDocumentStore(dataDir, port).start()) {
            assertThat(store.port()).isEqualTo(port);
            try (MongoClient client = MongoClients.create(store.connectionString())) {
                collection(client).insertOne(new Document("_id", "idea-1").append("title", "Offene Daten"));
            }
        }
        assertThat(dataDir.resolve(LocalDocumentStore.STORE_FILE_NAME)).isRegularFile();

        try (LocalDocumentStore store = new LocalDocumentStore(dataDir, port).start();
             MongoClient client = MongoClients.create(store.connectionString())) {
            Document found = collection(client).find(new Document("_id", "idea-1")).first();
            assertThat(found).isNotNull();
            assertThat(found.getString("title")).isEqualTo("Offene Daten");
        }
    }

    @Test
    void stopIsIdempotentAndRestartOnTheSameInstanceWorks() {
        LocalDocumentStore store = new LocalDocumentStore(dataDir, 0);
        store.start();
        int boundPort = store.port();
        assertThat(boundPort).isPositive();
        assertThat(store.isRunning()).isTrue();
        store.stop();
        store.stop();
        assertThat(store.isRunning()).isFalse();
        store.start();
        try {
            assertThat(store.isRunning()).isTrue();
        } finally {
            store.stop();
        }
    }

    @Test
    void aNewStoreFileIsCompactAndItsUniqueIndexesRefuseDuplicatesOfEveryKindAcrossARestart() {
        ObjectId objectId = new ObjectId();
        try (LocalDocumentStore store = new LocalDocumentStore(dataDir, 0).start();
             MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> ideas = collection(client);
            ideas.createIndex(Indexes.ascending("unit", "number"), new IndexOptions().unique(true));
            ideas.insertOne(new Document("_id", 1).append("unit", "mitte").append("number", 1));
            ideas.insertOne(new Document("_id", "idea-2").append("unit", "mitte").append("number", 2L));
            ideas.insertOne(new Document("_id", objectId).append("unit", "pankow").append("number", 1));
            ideas.insertOne(new Document("_id", new Document("unit", "mitte").append("n", 4)).append("unit", "mitte"));

            assertRefusedAsDuplicate(ideas, new Document("_id", 1.0));
            assertRefusedAsDuplicate(ideas, new Document("_id", 1L));
            assertRefusedAsDuplicate(ideas, new Document("_id", "idea-2"));
            assertRefusedAsDuplicate(ideas, new Document("_id", objectId));
            assertRefusedAsDuplicate(ideas, new Document("_id", new Document("unit", "mitte").append("n", 4.0)));
            assertRefusedAsDuplicate(ideas, new Document("_id", 5).append("unit", "mitte").append("number", 2.0));
            ideas.insertOne(new Document("_id", new Document("n", 4).append("unit", "mitte")));
            ideas.insertOne(new Document("_id", 6).append("unit", "mitte").append("number", 3));
        }
        try (MVStore file = MVStore.open(dataDir.resolve(LocalDocumentStore.STORE_FILE_NAME).toString())) {
            assertThat(file.hasMap(CommittingH2Backend.FORMAT_MAP)).as("marked as compact").isTrue();
        }

        try (LocalDocumentStore store = new LocalDocumentStore(dataDir, 0).start();
             MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> ideas = collection(client);
            assertThat(ideas.countDocuments()).isEqualTo(6);
            assertThat(ideas.find(Filters.eq("_id", 1L)).first()).containsEntry("number", 1);
            assertThat(ideas.find(Filters.eq("_id", objectId)).first()).containsEntry("unit", "pankow");
            assertThat(ideas.find(Filters.and(Filters.eq("unit", "mitte"), Filters.eq("number", 2))).first())
                    .containsEntry("_id", "idea-2");
            assertRefusedAsDuplicate(ideas, new Document("_id", "idea-2"));
            assertRefusedAsDuplicate(ideas, new Document("_id", 7).append("unit", "pankow").append("number", 1.0));
            ideas.updateOne(Filters.eq("_id", "idea-2"), Updates.set("number", 7));
            ideas.insertOne(new Document("_id", 8).append("unit", "mitte").append("number", 2));
        }
    }

    @Test
    void aStoreFileOfThePlainBackendKeepsItsEncodingAndStaysReadableAndWritable() {
        Path file = dataDir.resolve(LocalDocumentStore.STORE_FILE_NAME);
        ObjectId objectId = new ObjectId();
        H2Backend plain = new H2Backend(file.toString());
        MongoServer server = new MongoServer(plain);
        server.bind(LocalDocumentStore.HOST, 0);
        try (MongoClient client = MongoClients.create("mongodb://" + LocalDocumentStore.HOST + ":"
                + server.getLocalAddress().getPort())) {
            MongoCollection<Document> ideas = collection(client);
            ideas.createIndex(Indexes.ascending("unit", "number"), new IndexOptions().unique(true));
            for (int i = 0; i < 200; i++) {
                ideas.insertOne(new Document("_id", "idea-" + i).append("unit", "mitte").append("number", i));
            }
            ideas.insertOne(new Document("_id", objectId).append("unit", "pankow").append("number", 1));
        } finally {
            server.shutdownNow();
            plain.close();
        }

        for (int round = 0; round < 2; round++) {
            try (LocalDocumentStore store = new LocalDocumentStore(dataDir, 0).start();
                 MongoClient client = MongoClients.create(store.connectionString())) {
                MongoCollection<Document> ideas = collection(client);
                assertThat(ideas.countDocuments()).isEqualTo(201 + round);
                assertThat(ideas.find(Filters.eq("_id", "idea-150")).first()).containsEntry("number", 150);
                assertThat(ideas.find(Filters.eq("_id", objectId)).first()).containsEntry("unit", "pankow");
                assertRefusedAsDuplicate(ideas, new Document("_id", "idea-7"));
                assertRefusedAsDuplicate(ideas, new Document("_id", "new").append("unit", "mitte").append("number", 7.0));
                ideas.insertOne(new Document("_id", "new-" + round).append("unit", "pankow").append("number", 2 + round));
                ideas.updateOne(Filters.eq("_id", "idea-3"), Updates.inc("votes", 1));
                assertThat(ideas.find(Filters.eq("_id", "idea-3")).first()).containsEntry("votes", 1 + round);
            }
        }
        try (MVStore reopened = MVStore.open(file.toString())) {
            assertThat(reopened.hasMap(CommittingH2Backend.FORMAT_MAP)).as("marked as compact").isFalse();
        }
    }

    private static void assertRefusedAsDuplicate(MongoCollection<Document> ideas, Document document) {
        assertThatThrownBy(() -> ideas.insertOne(document))
                .as("insert of %s", document.toJson())
                .isInstanceOfSatisfying(MongoWriteException.class, e -> assertThat(e.getCode()).isEqualTo(11000));
    }

    private static MongoCollection<Document> collection(MongoClient client) {
        return client.getDatabase("gemeinsam").getCollection("ideas");
    }
}
