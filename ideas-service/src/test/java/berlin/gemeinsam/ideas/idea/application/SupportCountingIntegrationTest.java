package berlin.gemeinsam.ideas.idea.application;

import berlin.gemeinsam.testsupport.ServiceApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Supports counted against the real store: each once, whatever runs at the same time or stopped half-way. */
class SupportCountingIntegrationTest extends ServiceApiTest {

    @Autowired
    SupportCounting supports;

    @Autowired
    SupportPlaces places;

    private String idea() {
        return asCitizen("c-9").post("/api/v1/ideas", "{\"title\":\"Wasserspender\",\"problem\":\"Im Park fehlt Wasser\"}")
                .field("id");
    }

    private long supportCount(String ideaId) {
        return asModerator("mitte").get("/api/v1/ideas/" + ideaId).json().path("supportCount").asLong();
    }

    @Test
    void supportsCountedAtTheSameTimeAndEachTwiceAreAllCountedOnce() throws Exception {
        String ideaId = idea();
        List<String> given = IntStream.range(0, 30).mapToObj(i -> UUID.randomUUID().toString()).toList();
        List<Callable<Void>> countings = new ArrayList<>();
        for (String supportId : given) {
            for (int delivery = 0; delivery < 2; delivery++) {
                countings.add(() -> {
                    supports.count(ideaId, supportId);
                    return null;
                });
            }
        }
        Collections.shuffle(countings);

        ExecutorService consumers = Executors.newFixedThreadPool(8);
        try {
            for (Future<Void> counted : consumers.invokeAll(countings)) {
                counted.get();
            }
        } finally {
            consumers.shutdown();
        }

        assertThat(supportCount(ideaId)).isEqualTo(30);
    }

    @Test
    void aSupportThatTookItsPlaceButStoppedBeforeCountingIsCountedOnceByTheNextOrByItsRedelivery() {
        String ideaId = idea();
        String stopped = UUID.randomUUID().toString();
        assertThat(places.take(ideaId, 1, stopped)).isTrue();

        supports.count(ideaId, UUID.randomUUID().toString());
        assertThat(supportCount(ideaId)).isEqualTo(2);
        supports.count(ideaId, stopped);
        assertThat(supportCount(ideaId)).isEqualTo(2);

        String stoppedAgain = UUID.randomUUID().toString();
        assertThat(places.take(ideaId, 3, stoppedAgain)).isTrue();
        supports.count(ideaId, stoppedAgain);
        supports.count(ideaId, stoppedAgain);
        assertThat(supportCount(ideaId)).isEqualTo(3);
    }

    @Test
    void aSupportOfAnIdeaThatIsNotOursChangesNothing() {
        String unknown = UUID.randomUUID().toString();

        supports.count(unknown, UUID.randomUUID().toString());

        assertThat(places.placeOf(unknown, "any")).isEmpty();
        assertThat(asModerator("mitte").get("/api/v1/ideas/" + unknown).status()).isEqualTo(404);
    }

    @Test
    void aWithdrawalArrivingFirstOrTwiceLowersTheCountOnceAndASupportGivenAgainCountsAgain() {
        String ideaId = idea();
        String supportId = UUID.randomUUID().toString();
        String firstGiving = "0000000000000000000.0000";
        String withdrawal = "0000000000000000001.0000";
        String givenAgain = "0000000000000000002.0000";

        supports.withdrawn(ideaId, supportId, withdrawal);
        assertThat(supportCount(ideaId)).isZero();
        supports.given(ideaId, supportId, firstGiving);
        supports.withdrawn(ideaId, supportId, withdrawal);
        supports.given(ideaId, supportId, firstGiving);
        assertThat(supportCount(ideaId)).isZero();

        supports.given(ideaId, supportId, givenAgain);
        supports.given(ideaId, supportId, givenAgain);
        supports.count(ideaId, supportId);
        assertThat(supportCount(ideaId)).isEqualTo(1);
    }
}
