package berlin.gemeinsam.notifications.access;

import berlin.gemeinsam.testsupport.HttpApi;
import berlin.gemeinsam.testsupport.ServiceApiTest;
import berlin.gemeinsam.testsupport.TestIssuer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A subscriber's follows and feed are theirs alone: nobody may follow as anna (403), and to anybody else her
 * subscription and feed do not exist (404). Staff and organisations follow as themselves, like citizens.
 */
class NotificationsAccessIntegrationTest extends ServiceApiTest {

    private static final TestIssuer ISSUER = TestIssuer.get();

    @Autowired
    MongoTemplate mongo;

    static Stream<Arguments> callers() {
        return Stream.of(
                Arguments.of("anonymous", null, 401, 401, 401),
                Arguments.of("citizen ben", ISSUER.citizen("ben"), 403, 404, 404),
                Arguments.of("moderator mitte", ISSUER.moderator("mitte"), 403, 404, 404),
                Arguments.of("unit admin mitte", ISSUER.unitAdmin("mitte"), 403, 404, 404),
                Arguments.of("unit admin pankow", ISSUER.unitAdmin("pankow"), 403, 404, 404),
                Arguments.of("central office", ISSUER.centralOffice(), 403, 404, 404),
                Arguments.of("citizen anna", ISSUER.citizen("anna"), 200, 200, 204));
    }

    @ParameterizedTest(name = "{0}: follow as anna {2}, read anna''s feed and deliveries {3}, change (200 for 204) and "
            + "unfollow anna''s subscription {4}")
    @MethodSource("callers")
    void onlyAnnaFollowsReadsAndUnfollowsAsAnna(String caller, String token, int follow, int read, int unfollow) {
        String idea = UUID.randomUUID().toString();
        String body = "{\"subscriberId\":\"anna\",\"target\":{\"type\":\"IDEA\",\"id\":\"%s\"}}".formatted(idea);
        String annasSubscription = asCitizen("anna").post("/api/v1/subscriptions", body).field("id");
        long before = mongo.getCollection("subscription").countDocuments();
        HttpApi as = token == null ? api : api.withToken(token);

        assertThat(as.post("/api/v1/subscriptions", body).status()).isEqualTo(follow);
        assertThat(as.get("/api/v1/subscribers/anna/notifications").status()).isEqualTo(read);
        assertThat(as.get("/api/v1/subscribers/anna/subscriptions").status()).isEqualTo(read);
        assertThat(as.get("/api/v1/subscribers/anna/deliveries").status()).isEqualTo(read);
        assertThat(as.send("PATCH", "/api/v1/subscriptions/" + annasSubscription, "{\"language\":\"en\"}",
                Map.of()).status()).isEqualTo(unfollow == 204 ? 200 : unfollow);
        HttpApi.Response unfollowed = as.delete("/api/v1/subscriptions/" + annasSubscription);

        assertThat(unfollowed.status()).isEqualTo(unfollow);
        assertThat(mongo.getCollection("subscription").countDocuments()).isEqualTo(unfollow == 204 ? before - 1 : before);
    }

    static Stream<Arguments> peopleOtherThanCitizens() {
        return Stream.of(
                Arguments.of("moderator-mitte", ISSUER.moderator("mitte"), "UNIT", "mitte"),
                Arguments.of("admin-pankow", ISSUER.unitAdmin("pankow"), "MEASURE", UUID.randomUUID().toString()),
                Arguments.of("central-office", ISSUER.centralOffice(), "IDEA", UUID.randomUUID().toString()),
                Arguments.of("quartiersrat-wedding", ISSUER.token("quartiersrat-wedding", List.of(), null,
                        UnaryOperator.identity()), "IDEA", UUID.randomUUID().toString()));
    }

    @ParameterizedTest(name = "{0} follows a {2}, lists and unfollows it and reads their feed")
    @MethodSource("peopleOtherThanCitizens")
    void staffAndOrganisationsFollowAsThemselves(String subject, String token, String type, String id) {
        HttpApi as = api.withToken(token);
        String body = "{\"subscriberId\":\"%s\",\"target\":{\"type\":\"%s\",\"id\":\"%s\"}}"
                .formatted(subject, type, id);

        HttpApi.Response followed = as.post("/api/v1/subscriptions", body);

        assertThat(followed.status()).isEqualTo(201);
        assertThat(as.post("/api/v1/subscriptions", body).status()).isEqualTo(200);
        assertThat(as.get("/api/v1/subscribers/" + subject + "/subscriptions").json().path("items")
                .findValuesAsString("id")).contains(followed.field("id"));
        assertThat(as.get("/api/v1/subscribers/" + subject + "/notifications").status()).isEqualTo(200);
        assertThat(asCitizen("anna").get("/api/v1/subscribers/" + subject + "/notifications").status())
                .isEqualTo(404);
        assertThat(as.delete("/api/v1/subscriptions/" + followed.field("id")).status()).isEqualTo(204);
    }
}
