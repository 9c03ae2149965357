package berlin.gemeinsam.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #8: a write the store acknowledged survives a kill of the store process (SIGKILL, as in a power cut of the
 * stack), so a consumer that committed its Kafka offset after an acknowledged effect never loses that effect.
 */
class LocalDocumentStoreDurabilityTest {

    private static final int WRITES = 400;

    @TempDir
    Path folder;

    @Test
    void everyAcknowledgedInsertSurvivesAKillOfTheStoreProcess() throws Exception {
        int port = FreePorts.next();
        StoreProcess store = StoreProcess.start(folder, port);
        try (MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> ideas = client.getDatabase("durability").getCollection("ideas");
            for (int i = 0; i < WRITES; i++) {
                ideas.insertOne(new Document("_id", i).append("title", "Idee " + i));
            }
            store.kill();
        }

        StoreProcess restarted = StoreProcess.start(folder, port);
        try (MongoClient client = MongoClients.create(restarted.connectionString())) {
            assertThat(client.getDatabase("durability").getCollection("ideas").countDocuments())
                    .as("acknowledged inserts still there after the store process was killed")
                    .isEqualTo(WRITES);
        } finally {
            restarted.stop();
        }
    }

    @Test
    void acknowledgedInsertsUpdatesAndDeletesSurviveAKillOfTheStoreProcess() throws Exception {
        int port = FreePorts.next();
        Map<Integer, Integer> expectedVotes = new HashMap<>();
        StoreProcess store = StoreProcess.start(folder, port);
        try (MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> ideas = client.getDatabase("durability").getCollection("ideas");
            for (int i = 0; i < WRITES; i++) {
                ideas.insertOne(new Document("_id", i).append("votes", 0));
                expectedVotes.put(i, 0);
                if (i % 3 == 0) {
                    ideas.updateOne(Filters.eq("_id", i), Updates.inc("votes", 1));
                    expectedVotes.put(i, 1);
                }
                if (i % 5 == 0) {
                    ideas.deleteOne(Filters.eq("_id", i - 1));
                    expectedVotes.remove(i - 1);
                }
            }
            store.kill();
        }

        StoreProcess restarted = StoreProcess.start(folder, port);
        try (MongoClient client = MongoClients.create(restarted.connectionString())) {
            Map<Integer, Integer> votes = new HashMap<>();
            for (Document idea : client.getDatabase("durability").getCollection("ideas").find()) {
                votes.put(idea.getInteger("_id"), idea.getInteger("votes"));
            }
            assertThat(votes)
                    .as("the store's state after the kill is the state of the acknowledged writes")
                    .isEqualTo(expectedVotes);
        } finally {
            restarted.stop();
        }
    }

    /**
     * Clients on several connections share commits, and the MVStore's background writer takes changes too and
     * writes them on a thread of its own: a command whose change another commit took must not answer before that
     * commit is in the file. Eight clients insert and update without pause; the store is killed while they write,
     * in three rounds at different moments. No write fails before the kill, and every write a client saw
     * acknowledged is there after the restart.
     */
    @Test
    void acknowledgedWritesOfConcurrentClientsSurviveAKillWhileTheyWrite() throws Exception {
        int port = FreePorts.next();
        int clients = 8;
        for (int round = 0; round < 3; round++) {
            Set<Integer> inserted = ConcurrentHashMap.newKeySet();
            Set<Integer> updated = ConcurrentHashMap.newKeySet();
            AtomicBoolean killed = new AtomicBoolean();
            StoreProcess store = StoreProcess.start(folder, port);
            String database = "durability-" + round;
            ExecutorService writers = Executors.newFixedThreadPool(clients);
            try (MongoClient client = MongoClients.create(store.connectionString()
                    + "/?retryWrites=false&serverSelectionTimeoutMS=1000&connectTimeoutMS=1000")) {
                MongoCollection<Document> ideas = client.getDatabase(database).getCollection("ideas");
                ideas.createIndex(Indexes.ascending("votes"));
                List<Future<?>> writing = new ArrayList<>();
                for (int c = 0; c < clients; c++) {
                    int first = c * 1_000_000;
                    writing.add(writers.submit(() -> {
                        try {
                            for (int id = first; ; id++) {
                                ideas.insertOne(new Document("_id", id).append("votes", 0));
                                inserted.add(id);
                                ideas.updateOne(Filters.eq("_id", id), Updates.inc("votes", 1));
                                updated.add(id);
                            }
                        } catch (MongoException failed) {
                            if (!killed.get()) {
                                throw failed;
                            }
                            return null;
                        }
                    }));
                }
                Thread.sleep(1_200 + 700L * round);
                killed.set(true);
                store.kill();
                for (Future<?> done : writing) {
                    done.get(60, TimeUnit.SECONDS);
                }
            } finally {
                writers.shutdownNow();
            }
            assertThat(updated).as("writes acknowledged before the kill").hasSizeGreaterThan(clients);

            StoreProcess restarted = StoreProcess.start(folder, port);
            try (MongoClient client = MongoClients.create(restarted.connectionString())) {
                Map<Integer, Integer> votes = new HashMap<>();
                for (Document idea : client.getDatabase(database).getCollection("ideas").find()) {
                    votes.put(idea.getInteger("_id"), idea.getInteger("votes"));
                }
                assertThat(votes.keySet()).as("every acknowledged insert of round " + round).containsAll(inserted);
                assertThat(updated).as("every acknowledged update of round " + round)
                        .allSatisfy(id -> assertThat(votes.get(id)).as("votes of " + id).isEqualTo(1));
                for (int count : List.of(0, 1)) {
                    Set<Integer> byIndex = new HashSet<>();
                    client.getDatabase(database).getCollection("ideas").find(Filters.eq("votes", count))
                            .forEach(idea -> byIndex.add(idea.getInteger("_id")));
                    assertThat(byIndex).as("ideas with %d votes found by the index after round %d", count, round)
                            .isEqualTo(votes.entrySet().stream().filter(idea -> idea.getValue() == count)
                                    .map(Map.Entry::getKey).collect(Collectors.toSet()));
                }
            } finally {
                restarted.stop();
            }
        }
    }

    /** The store launcher as its own JVM, the way deploy/local/run.sh starts it. */
    private record StoreProcess(Process process, int port) {

        static StoreProcess start(Path folder, int port) throws InterruptedException {
            Path dataDir = folder.resolve("store");
            Path log = folder.resolve("store-" + System.nanoTime() + ".log");
            List<String> command = List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"),
                    LocalDocumentStore.class.getName(),
                    "--port=" + port, "--data-dir=" + dataDir);
            Process process;
            try {
                process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!read(log).contains("Document store started")) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    process.destroyForcibly();
                    throw new IllegalStateException("the store did not start:\n" + read(log));
                }
                Thread.sleep(50);
            }
            return new StoreProcess(process, port);
        }

        String connectionString() {
            return "mongodb://127.0.0.1:" + port;
        }

        /** SIGKILL: no shutdown hook runs, nothing is flushed on the way out. */
        void kill() throws InterruptedException {
            process.destroyForcibly();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        void stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                kill();
            }
        }

        private static String read(Path log) {
            try {
                return Files.exists(log) ? Files.readString(log) : "";
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
