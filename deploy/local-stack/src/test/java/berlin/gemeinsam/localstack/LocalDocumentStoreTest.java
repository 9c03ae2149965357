package berlin.gemeinsam.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.bson.conversions.Bson;
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

    @Test
    void queriesTheOtherIndexesAnswerFindWhatAFullReadFindsAfterChangesAndAcrossARestart() {
        Date start = new Date(Instant.parse("2026-11-30T08:00:00Z").toEpochMilli());
        try (LocalDocumentStore store = new LocalDocumentStore(dataDir, 0).start();
             MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> indexed = client.getDatabase("gemeinsam").getCollection("indexed");
            MongoCollection<Document> plain = client.getDatabase("gemeinsam").getCollection("plain");
            indexed.createIndex(Indexes.ascending("changedAt", "_id"));
            indexed.createIndex(Indexes.ascending("status"));
            indexed.createIndex(Indexes.ascending("attempts"));
            indexed.createIndex(Indexes.compoundIndex(Indexes.ascending("status"), Indexes.descending("changedAt")));
            List<Document> ideas = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                Document idea = new Document("_id", "idea-" + i).append("changedAt", secondsAfter(start, i % 50));
                switch (i % 4) {
                    case 0 -> idea.append("status", "DRAFT");
                    case 1 -> idea.append("status", "PUBLISHED");
                    case 2 -> idea.append("status", null);
                    default -> { }
                }
                idea.append("attempts", i % 3 == 0 ? (Object) (i % 5) : i % 3 == 1 ? (Object) (long) (i % 5)
                        : (Object) (double) (i % 5));
                ideas.add(idea);
            }
            indexed.insertMany(ideas.stream().map(Document::new).toList());
            plain.insertMany(ideas);
            assertSameMatches(indexed, plain, start);

            for (MongoCollection<Document> ideasOf : List.of(indexed, plain)) {
                ideasOf.updateMany(Filters.in("_id", "idea-1", "idea-2", "idea-3", "idea-77"),
                        Updates.combine(Updates.set("changedAt", secondsAfter(start, 60)),
                                Updates.set("status", "CLOSED")));
                ideasOf.updateMany(Filters.eq("status", "DRAFT"), Updates.inc("attempts", 1));
                ideasOf.deleteMany(Filters.lt("changedAt", secondsAfter(start, 5)));
                ideasOf.findOneAndUpdate(Filters.eq("status", "PUBLISHED"), Updates.set("status", "SENT"),
                        new FindOneAndUpdateOptions().sort(Sorts.ascending("changedAt", "_id")));
            }
            assertSameMatches(indexed, plain, start);
        }
        try (LocalDocumentStore store = new LocalDocumentStore(dataDir, 0).start();
             MongoClient client = MongoClients.create(store.connectionString())) {
            assertSameMatches(client.getDatabase("gemeinsam").getCollection("indexed"),
                    client.getDatabase("gemeinsam").getCollection("plain"), start);
        }
    }

    @Test
    void aCollectionDroppedAndCreatedAgainFindsOnlyItsNewDocumentsByItsIndexes() {
        try (LocalDocumentStore store = new LocalDocumentStore(dataDir, 0).start();
             MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> feed = client.getDatabase("gemeinsam").getCollection("feed");
            feed.createIndex(Indexes.ascending("subscriberId"));
            feed.insertMany(List.of(new Document("_id", 1).append("subscriberId", "anna"),
                    new Document("_id", 2).append("subscriberId", "anna")));
            feed.drop();
            feed.createIndex(Indexes.ascending("subscriberId"));
            feed.insertOne(new Document("_id", 3).append("subscriberId", "anna"));

            assertThat(ids(feed, Filters.eq("subscriberId", "anna"))).containsExactly(3);
            feed.dropIndex("subscriberId_1");
            feed.createIndex(Indexes.ascending("subscriberId"));
            assertThat(ids(feed, Filters.eq("subscriberId", "anna"))).containsExactly(3);
        }
    }

    private static void assertSameMatches(MongoCollection<Document> indexed, MongoCollection<Document> plain,
                                          Date start) {
        List<Bson> queries = List.of(
                Filters.gte("changedAt", secondsAfter(start, 25)),
                Filters.or(Filters.gt("changedAt", secondsAfter(start, 25)),
                        Filters.and(Filters.eq("changedAt", secondsAfter(start, 25)), Filters.gt("_id", "idea-120"))),
                new Document("$or", List.of(new Document("changedAt", secondsAfter(start, 30)),
                        new Document("changedAt", new Document("$lt", secondsAfter(start, 8))))),
                Filters.gte("changedAt", secondsAfter(start, 45)),
                Filters.eq("status", "DRAFT"),
                Filters.in("status", "DRAFT", null),
                Filters.eq("status", null),
                Filters.and(Filters.eq("status", "PUBLISHED"), Filters.lt("changedAt", secondsAfter(start, 10))),
                new Document("status", "PUBLISHED").append("changedAt", new Document("$lte", secondsAfter(start, 60))),
                Filters.and(Filters.in("status", "DRAFT", "CLOSED"), Filters.gte("changedAt", secondsAfter(start, 20))),
                Filters.eq("attempts", 2),
                Filters.in("attempts", 1L, 3.0),
                Filters.and(Filters.gte("attempts", 1), Filters.lt("attempts", 3)),
                Filters.ne("status", "DRAFT"));
        for (Bson query : queries) {
            assertThat(ids(indexed, query)).as("matches of %s", query).isNotEmpty()
                    .isEqualTo(ids(plain, query));
            assertThat(indexed.find(query).sort(Sorts.ascending("changedAt", "_id")).limit(7).into(new ArrayList<>()))
                    .as("first seven of %s", query)
                    .isEqualTo(plain.find(query).sort(Sorts.ascending("changedAt", "_id")).limit(7)
                            .into(new ArrayList<>()));
        }
    }

    private static List<Object> ids(MongoCollection<Document> ideas, Bson query) {
        return ideas.find(query).map(idea -> idea.get("_id")).into(new ArrayList<>()).stream()
                .sorted(Comparator.comparing(Object::toString)).toList();
    }

    private static Date secondsAfter(Date start, int seconds) {
        return new Date(start.getTime() + seconds * 1000L);
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
