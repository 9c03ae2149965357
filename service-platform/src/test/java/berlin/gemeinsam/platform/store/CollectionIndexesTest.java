package berlin.gemeinsam.platform.store;

import berlin.gemeinsam.testsupport.SharedDocumentStore;
import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class CollectionIndexesTest {

    private static final String COLLECTION = "indexed";

    private final AtomicInteger indexCommands = new AtomicInteger();
    private final MongoClient client = MongoClients.create(MongoClientSettings.builder()
            .applyConnectionString(new ConnectionString(SharedDocumentStore.uri()))
            .addCommandListener(new CommandListener() {
                @Override
                public void commandStarted(CommandStartedEvent event) {
                    if (event.getCommandName().equals("createIndexes")) {
                        indexCommands.incrementAndGet();
                    }
                }
            })
            .build());
    private final MongoTemplate mongo = new MongoTemplate(client, "collection-indexes-" + UUID.randomUUID());

    @AfterEach
    void dropDatabase() {
        mongo.getDb().drop();
        client.close();
    }

    @Test
    void allIndexesOfACollectionAreCreatedInOneCommandWithTheNamesOfSingleCreations() {
        create();

        assertThat(indexCommands).hasValue(1);
        assertThat(mongo.getCollection(COLLECTION).listIndexes())
                .extracting(index -> index.getString("name"), index -> index.get("unique"), index -> index.get("sparse"))
                .containsExactlyInAnyOrder(tuple("_id_", null, null), tuple("place", true, true),
                        tuple("ideaId_1", null, null), tuple("authorId_1_createdAt_-1", null, null));
    }

    @Test
    void aUniqueIndexRefusesASecondDocumentWithItsKey() {
        create();
        mongo.insert(new Document("_id", "a").append("place", 1), COLLECTION);

        assertThatThrownBy(() -> mongo.getCollection(COLLECTION).insertOne(new Document("_id", "b").append("place", 1)))
                .isInstanceOf(MongoWriteException.class);
    }

    @Test
    void indexesThatExistAlreadyFromSingleCreationsAreKeptAndTheMissingOnesAdded() {
        mongo.indexOps(COLLECTION).createIndex(new Index().on("ideaId", Sort.Direction.ASC));
        mongo.insert(new Document("_id", "a").append("ideaId", "i").append("place", 1), COLLECTION);

        create();
        create();

        assertThat(mongo.getCollection(COLLECTION).listIndexes().map(index -> index.getString("name")))
                .containsExactlyInAnyOrder("_id_", "place", "ideaId_1", "authorId_1_createdAt_-1");
        assertThat(mongo.getCollection(COLLECTION).countDocuments(new Document("ideaId", "i"))).isEqualTo(1);
    }

    @Test
    void theKeysOfAMappedTypeNameItsFieldsAsIndexOperationsDo() {
        CollectionIndexes.create(mongo, Followed.class, new Index().on("target.id", Sort.Direction.ASC));

        assertThat(mongo.getCollection(mongo.getCollectionName(Followed.class)).listIndexes()
                .map(index -> index.getString("name"))).containsExactlyInAnyOrder("_id_", "target._id_1");
    }

    @Test
    void anOptionItCannotPassOnIsRefused() {
        Index hidden = new Index().on("ideaId", Sort.Direction.ASC).hidden();

        assertThatThrownBy(() -> CollectionIndexes.create(mongo, COLLECTION, hidden))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hidden");
        assertThat(indexCommands).hasValue(0);
    }

    private record Target(String type, String id) {
    }

    private record Followed(String id, Target target) {
    }

    private void create() {
        CollectionIndexes.create(mongo, COLLECTION,
                new Index().on("place", Sort.Direction.ASC).unique().sparse().named("place"),
                new Index().on("ideaId", Sort.Direction.ASC),
                new Index().on("authorId", Sort.Direction.ASC).on("createdAt", Sort.Direction.DESC));
    }
}
