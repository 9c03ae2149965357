package berlin.gemeinsam.ideas.idea;

import berlin.gemeinsam.ideas.idea.application.Ideas;
import berlin.gemeinsam.ideas.idea.application.InactiveIdeasArchiving;
import berlin.gemeinsam.ideas.idea.application.SupportCounting;
import berlin.gemeinsam.ideas.idea.domain.Idea;
import berlin.gemeinsam.ideas.idea.domain.IdeaStatus;
import berlin.gemeinsam.testsupport.EventSchemas;
import berlin.gemeinsam.testsupport.KafkaTestClient;
import berlin.gemeinsam.testsupport.MovableClock;
import berlin.gemeinsam.testsupport.PublishedEvents;
import berlin.gemeinsam.testsupport.ServiceApiTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ideas without activity for the configured time (half a year, the service's configuration) are archived on a
 * schedule, each once, even by two instances at once; the time is moved forward on the service's clock.
 */
class InactiveIdeasArchivingIntegrationTest extends ServiceApiTest {

    private static final String ARCHIVED_TYPE = "berlin.gemeinsam.idea.archived.v1";

    @Autowired
    MovableClock clock;

    @Autowired
    InactiveIdeasArchiving archiving;

    @Autowired
    SupportCounting supports;

    @Autowired
    Ideas ideas;

    @AfterEach
    void backToTheRealTime() {
        clock.reset();
    }

    private String submit(String title) {
        return asCitizen("a-author").post("/api/v1/ideas", "{\"title\":\"" + title + "\",\"problem\":\"Lange her\"}")
                .field("id");
    }

    private String published(String title) {
        String id = submit(title);
        assertThat(asModerator("mitte").post("/api/v1/ideas/" + id + "/publish", "").status()).isEqualTo(200);
        return id;
    }

    private List<JsonNode> archivings(String id) {
        List<JsonNode> archivings = new ArrayList<>();
        asModerator("mitte").get("/api/v1/ideas/" + id + "/history").json().path("entries").forEach(entry -> {
            if ("archive".equals(entry.path("change").asString())) {
                archivings.add(entry);
            }
        });
        return archivings;
    }

    /** Two instances' runs, started together. */
    private List<Integer> twoRunsAtOnce() throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);
        Callable<Integer> run = () -> {
            together.await();
            return archiving.archiveInactiveIdeas();
        };
        List<Integer> archived = new ArrayList<>();
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            for (Future<Integer> counted : instances.invokeAll(List.of(run, run))) {
                archived.add(counted.get());
            }
        } finally {
            instances.shutdown();
        }
        return archived;
    }

    @Test
    void publishedAndShortlistedIdeasWithoutActivityAreArchivedOnceEvenByTwoRunsAtOnce() throws Exception {
        List<String> inactive = new ArrayList<>();
        for (int idea = 0; idea < 4; idea++) {
            inactive.add(published("Ruhende Idee " + idea));
        }
        String shortlisted = published("Ruhende Idee auf der Auswahlliste");
        assertThat(asModerator("mitte").post("/api/v1/ideas/" + shortlisted + "/shortlist", "").status())
                .isEqualTo(200);
        inactive.add(shortlisted);
        String supported = published("Unterstützte Idee");
        String edited = published("Bearbeitete Idee");
        String waiting = submit("Wartende Idee");

        clock.advance(Duration.ofDays(181));
        supports.count(supported, UUID.randomUUID().toString());
        assertThat(asModerator("mitte").send("PUT", "/api/v1/ideas/" + edited,
                "{\"title\":\"Bearbeitete Idee\",\"problem\":\"Noch aktuell\"}", Map.of()).status())
                .isEqualTo(200);
        List<Integer> archivedByEach = twoRunsAtOnce();

        assertThat(archivedByEach.get(0) + archivedByEach.get(1)).isGreaterThanOrEqualTo(inactive.size());
        // more than one per idea never arrive: the read waits for one more than there are ideas
        List<ConsumerRecord<String, String>> archivedEvents = KafkaTestClient.read("gemeinsam.mitte.ideas",
                record -> inactive.contains(record.key())
                        && ARCHIVED_TYPE.equals(KafkaTestClient.header(record, "ce_type")),
                inactive.size() + 1, Duration.ofSeconds(15));
        for (String id : inactive) {
            assertThat(api.get("/api/v1/ideas/" + id).field("status")).isEqualTo("ARCHIVED");
            assertThat(archivings(id)).singleElement().satisfies(entry -> {
                assertThat(entry.path("by").path("role").asString()).isEqualTo("SYSTEM");
                assertThat(entry.path("reason").asString())
                        .isEqualTo("Automatisch archiviert: seit 180 Tagen ohne Aktivität");
            });
            List<ConsumerRecord<String, String>> events = archivedEvents.stream()
                    .filter(record -> id.equals(record.key())).toList();
            assertThat(events).as("archived events of %s", id).hasSize(1);
            PublishedEvents.assertCloudEvent(events.get(0), ARCHIVED_TYPE, "mitte", "ideas-service");
            EventSchemas.assertValid(ARCHIVED_TYPE, events.get(0).value());
        }
        for (String open : List.of(supported, edited)) {
            assertThat(api.get("/api/v1/ideas/" + open).field("status")).isEqualTo("PUBLISHED");
            assertThat(archivings(open)).isEmpty();
        }
        assertThat(asModerator("mitte").get("/api/v1/ideas/" + waiting).field("status")).isEqualTo("SUBMITTED");
        assertThat(archiving.archiveInactiveIdeas()).as("nothing is left to archive").isZero();
    }

    /** The candidates are read a few at a time, each page after the last id of the one before, none twice. */
    @Test
    void theCandidatesArePagedByTheirIdsWithoutGapsOrRepeats() {
        List<String> mine = List.of(published("Seite 1"), published("Seite 2"), published("Seite 3"));
        Instant later = Instant.now().plus(Duration.ofDays(1));

        List<String> paged = new ArrayList<>();
        String after = null;
        List<Idea> page;
        do {
            page = ideas.changedBefore(EnumSet.of(IdeaStatus.PUBLISHED), later, after, 2);
            page.forEach(idea -> paged.add(idea.getId()));
            after = page.isEmpty() ? after : page.get(page.size() - 1).getId();
        } while (page.size() == 2);

        assertThat(paged).doesNotHaveDuplicates().isSorted().containsAll(mine);
        assertThat(ideas.changedBefore(EnumSet.of(IdeaStatus.PUBLISHED), Instant.now().minus(Duration.ofDays(1)),
                null, 100)).extracting(Idea::getId).doesNotContainAnyElementsOf(mine);
    }
}
