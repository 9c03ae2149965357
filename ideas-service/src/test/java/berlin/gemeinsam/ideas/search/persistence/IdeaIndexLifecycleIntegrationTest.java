package berlin.gemeinsam.ideas.search.persistence;

import berlin.gemeinsam.ideas.search.application.IdeaSearchQuery;
import berlin.gemeinsam.ideas.search.application.IndexFollower;
import berlin.gemeinsam.ideas.search.application.SearchOrder;
import berlin.gemeinsam.ideas.search.application.SearchableIdea;
import berlin.gemeinsam.ideas.search.application.SearchableIdeas;
import berlin.gemeinsam.testsupport.HttpApi;
import berlin.gemeinsam.testsupport.ServiceApiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The index on disk across stops and starts, as a restart or a crash of the service leaves it: the index of the
 * running service is left alone; this test opens its own in a folder of its own, fed from the service's real
 * source (its ideas in the shared store), and stops and starts it.
 */
class IdeaIndexLifecycleIntegrationTest extends ServiceApiTest {

    private static final Duration CAUGHT_UP = Duration.ofSeconds(20);
    private static final Set<String> ALL = Set.of("SUBMITTED", "PUBLISHED", "SHORTLISTED", "ADOPTED", "REJECTED",
            "WITHDRAWN", "ARCHIVED");

    @Autowired
    SearchableIdeas source;

    @Autowired
    Clock clock;

    @TempDir
    Path folder;

    private LuceneIdeaIndex index;
    private IndexFollower follower;

    private void start(Path directory) {
        index = new LuceneIdeaIndex(directory);
        follower = new IndexFollower(source, index, Duration.ofMillis(100), Duration.ofMillis(400), Duration.ofSeconds(5),
                Duration.ZERO, Duration.ZERO, 200, clock);
        follower.start();
    }

    /** As at a shutdown: the follower commits what it took in, then the index is closed. */
    private void stop() throws IOException {
        follower.stop();
        index.destroy();
        follower = null;
        index = null;
    }

    @AfterEach
    void stopWhatRuns() throws IOException {
        if (follower != null) {
            stop();
        }
    }

    private List<SearchableIdea> search(String word) {
        return index.search(new IdeaSearchQuery(word, ALL, null, null, null, null, null, SearchOrder.NEWEST, null,
                20)).items();
    }

    private List<String> titlesFound(String word) {
        return search(word).stream().map(SearchableIdea::title).toList();
    }

    private void awaitFound(String word, String title) {
        await().atMost(CAUGHT_UP).pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> assertThat(titlesFound(word)).contains(title));
    }

    private String submit(String title) {
        HttpApi.Response created = asCitizen("indexer").post("/api/v1/ideas",
                "{\"title\":\"" + title + "\",\"problem\":\"Ein Problem\"}");
        assertThat(created.status()).isEqualTo(201);
        return created.field("id");
    }

    private static String word() {
        return "qz" + UUID.randomUUID().toString().replaceAll("[^a-f]", "") + "k";
    }

    @Test
    void aRestartedIndexKeepsWhatItHadAndCatchesUpWithWhatChangedWhileItWasStopped() throws IOException {
        Path directory = folder.resolve("index");
        String word = word();
        String changedLater = submit("Vorher " + word);
        start(directory);
        awaitFound(word, "Vorher " + word);
        stop();

        HttpApi.Response edited = asCitizen("indexer").send("PUT", "/api/v1/ideas/" + changedLater,
                "{\"title\":\"Nachher " + word + "\",\"problem\":\"Ein Problem\"}", Map.of());
        assertThat(edited.status()).as(edited.text()).isEqualTo(200);
        submit("Neu " + word);

        start(directory);
        assertThat(index.watermark()).as("the watermark of the last commit").isPresent();
        assertThat(titlesFound(word)).as("what the index held before the stop").contains("Vorher " + word);
        awaitFound(word, "Nachher " + word);
        awaitFound(word, "Neu " + word);
        assertThat(titlesFound(word)).doesNotContain("Vorher " + word).hasSize(2);
    }

    @Test
    void aDeletedIndexIsBuiltAnewFromTheIdeas() throws IOException {
        Path directory = folder.resolve("index");
        String word = word();
        submit("Erhalten " + word);
        start(directory);
        awaitFound(word, "Erhalten " + word);
        stop();

        deleteRecursively(directory);
        start(directory);

        assertThat(index.watermark()).isEmpty();
        awaitFound(word, "Erhalten " + word);
    }

    @Test
    void anUnreadableIndexIsBuiltAnewFromTheIdeas() throws IOException {
        Path directory = folder.resolve("index");
        String word = word();
        submit("Lesbar " + word);
        start(directory);
        awaitFound(word, "Lesbar " + word);
        stop();

        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(file -> !file.getFileName().toString().equals("write.lock")).toList()) {
                Files.write(file, "kein Index".getBytes());
            }
        }
        start(directory);

        assertThat(index.watermark()).isEmpty();
        awaitFound(word, "Lesbar " + word);
    }

    private static void deleteRecursively(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
