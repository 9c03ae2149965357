package berlin.gemeinsam.measures.access;

import berlin.gemeinsam.testsupport.HttpApi;
import berlin.gemeinsam.testsupport.ServiceApiTest;
import berlin.gemeinsam.testsupport.TestIssuer;
import org.bson.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Changing measures is for the unit admins of the lead unit; everybody reads them. */
class MeasuresAccessIntegrationTest extends ServiceApiTest {

    private static final TestIssuer ISSUER = TestIssuer.get();

    @Autowired
    MongoTemplate mongo;

    static Stream<Arguments> proposing() {
        return Stream.of(
                Arguments.of("anonymous", null, 401),
                Arguments.of("citizen", ISSUER.citizen("anna"), 403),
                Arguments.of("moderator mitte", ISSUER.moderator("mitte"), 403),
                Arguments.of("unit admin mitte", ISSUER.unitAdmin("mitte"), 201),
                Arguments.of("unit admin pankow", ISSUER.unitAdmin("pankow"), 403),
                Arguments.of("central office", ISSUER.centralOffice(), 403));
    }

    @ParameterizedTest(name = "{0} proposes a measure of mitte: {2}")
    @MethodSource("proposing")
    void onlyUnitAdminsOfTheLeadUnitProposeMeasuresAndTheyAreAudited(String caller, String token, int expected) {
        long before = mongo.getCollection("measure").countDocuments();
        HttpApi as = token == null ? api : api.withToken(token);

        HttpApi.Response answer = as.post("/api/v1/measures", """
                {"title":"Offenes WLAN","goal":"Netz in allen Bibliotheken","type":"DECENTRAL"}""");

        assertThat(answer.status()).isEqualTo(expected);
        assertThat(mongo.getCollection("measure").countDocuments()).isEqualTo(expected == 201 ? before + 1 : before);
        if (expected == 201) {
            Document audited = mongo.getCollection("audit_log").find(new Document("resourceId", answer.field("id"))).first();
            assertThat(audited.getString("action")).isEqualTo("propose");
            assertThat(audited.getString("subject")).isEqualTo("admin-mitte");
            assertThat(audited.getString("callerUnit")).isEqualTo("mitte");
            assertThat(api.get("/api/v1/measures/" + answer.field("id")).status()).isEqualTo(200);
        } else {
            assertThat(answer.contentType()).startsWith("application/problem+json");
        }
        assertThat(api.get("/api/v1/measures/" + UUID.randomUUID()).status()).isEqualTo(404);
    }
}
