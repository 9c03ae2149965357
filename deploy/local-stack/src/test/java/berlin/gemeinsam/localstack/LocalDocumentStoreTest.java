package berlin.gemeinsam.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
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

    private static MongoCollection<Document> collection(MongoClient client) {
        return client.getDatabase("gemeinsam").getCollection("ideas");
    }
}
