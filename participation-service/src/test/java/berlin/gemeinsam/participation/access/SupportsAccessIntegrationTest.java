package berlin.gemeinsam.participation.access;

import berlin.gemeinsam.testsupport.EventSchemas;
import berlin.gemeinsam.testsupport.HttpApi;
import berlin.gemeinsam.testsupport.KafkaTestClient;
import berlin.gemeinsam.testsupport.ServiceApiTest;
import berlin.gemeinsam.testsupport.TestIssuer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Supporting is for citizens, each only as themselves; staff of any unit do not support in citizens' names. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SupportsAccessIntegrationTest extends ServiceApiTest {

    private static final TestIssuer ISSUER = TestIssuer.get();

    @Autowired
    MongoTemplate mongo;

    private String ideaId;

    @BeforeAll
    void anIdeaOfPankowIsPublished() {
        ideaId = UUID.randomUUID().toString();
        String data = """
                {"ideaId":"%s","unit":"pankow","title":"Bücherschrank","problem":"Bücher verstauben",
                 "publishedAt":"2026-11-26T10:00:00Z"}""".formatted(ideaId);
        EventSchemas.assertValid("berlin.gemeinsam.idea.published.v1", data);
        KafkaTestClient.send("gemeinsam.pankow.ideas", ideaId, data.getBytes(StandardCharsets.UTF_8),
                KafkaTestClient.cloudEventHeaders(UUID.randomUUID().toString(), "/units/pankow/ideas-service",
                        "berlin.gemeinsam.idea.published.v1", ideaId, "pankow"));
        connectToTheService();
        await().atMost(Duration.ofSeconds(45))
                .until(() -> api.get("/api/v1/ideas/" + ideaId + "/supports/summary").status() == 200);
    }

    static Stream<Arguments> supporting() {
        return Stream.of(
                Arguments.of("anonymous", null, 401),
                Arguments.of("citizen ben for anna", ISSUER.citizen("ben"), 403),
                Arguments.of("moderator mitte", ISSUER.moderator("mitte"), 403),
                Arguments.of("moderator pankow", ISSUER.moderator("pankow"), 403),
                Arguments.of("unit admin mitte", ISSUER.unitAdmin("mitte"), 403),
                Arguments.of("unit admin pankow", ISSUER.unitAdmin("pankow"), 403),
                Arguments.of("central office", ISSUER.centralOffice(), 403),
                Arguments.of("citizen anna", ISSUER.citizen("anna"), 201));
    }

    @ParameterizedTest(name = "{0} supports as anna: {2}")
    @MethodSource("supporting")
    void onlyTheCitizenHerselfSupports(String caller, String token, int expected) {
        long before = mongo.getCollection("support").countDocuments();
        HttpApi as = token == null ? api : api.withToken(token);

        HttpApi.Response answer = as.post("/api/v1/ideas/" + ideaId + "/supports",
                "{\"participantId\":\"anna\",\"helixGroup\":\"PUBLIC\"}");

        assertThat(answer.status()).isEqualTo(expected);
        assertThat(mongo.getCollection("support").countDocuments()).isEqualTo(expected == 201 ? before + 1 : before);
    }
}
