package berlin.gemeinsam.participation.stakeholders;

import berlin.gemeinsam.participation.PankowIdeas;
import berlin.gemeinsam.participation.stakeholders.application.MultiplierService;
import berlin.gemeinsam.testsupport.HttpApi;
import berlin.gemeinsam.testsupport.KafkaTestClient;
import berlin.gemeinsam.testsupport.MovableClock;
import berlin.gemeinsam.testsupport.PublishedEvents;
import berlin.gemeinsam.testsupport.ServiceApiTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Organisations, multipliers, their contact data and invitation codes through the API, on the real store and broker;
 * contributions through a code carry their attribution in their own write.
 */
class MultipliersIntegrationTest extends ServiceApiTest {

    private static final String TOPIC = "gemeinsam.mitte.participation";
    private static final String REDEEMED = "berlin.gemeinsam.invitation.redeemed.v1";
    private static final JsonMapper JSON = JsonMapper.shared();

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MovableClock clock;

    @Autowired
    MultiplierService multipliers;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    private String organisation(String name, String helixGroup) {
        HttpApi.Response created = asUnitAdmin("mitte").post("/api/v1/organisations",
                "{\"name\":\"%s\",\"helixGroup\":\"%s\",\"units\":[\"mitte\",\"pankow\"]}".formatted(name,
                        helixGroup));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.field("id");
    }

    private static String contact(String email) {
        return """
                "contact":{"name":"Erika Muster","email":"%s","phone":"+49 30 1234567"},
                "consent":{"purpose":"Einladungen zu Beteiligungsformaten","textVersion":"2026-11"}"""
                .formatted(email);
    }

    private static String code(HttpApi as, String multiplierId, String targetType, String targetId,
                               String expiresAt) {
        String body = "{\"targetType\":\"%s\",\"targetId\":\"%s\"%s}".formatted(targetType, targetId,
                expiresAt == null ? "" : ",\"expiresAt\":\"" + expiresAt + "\"");
        HttpApi.Response created = as.post("/api/v1/multipliers/" + multiplierId + "/invitation-codes", body);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.field("code");
    }

    private String format() {
        ZonedDateTime start = ZonedDateTime.now(ZoneId.of("Europe/Berlin")).plusDays(30).withHour(18)
                .truncatedTo(ChronoUnit.HOURS);
        HttpApi.Response scheduled = asUnitAdmin("mitte").post("/api/v1/formats", """
                {"title":"Kiezwerkstatt","description":"Ideen für den Kiez","format":"WORKSHOP",
                 "start":"%s","end":"%s","place":"Rathaus Mitte","capacity":20,"registrationDeadline":"%s"}"""
                .formatted(start.toOffsetDateTime(), start.plusHours(2).toOffsetDateTime(),
                        start.minusDays(1).toOffsetDateTime()));
        assertThat(scheduled.status()).as(scheduled.text()).isEqualTo(201);
        return scheduled.field("id");
    }

    private static String support(String participant, String helixGroup, String code) {
        return "{\"participantId\":\"%s\",\"helixGroup\":\"%s\",\"follow\":false%s}".formatted(participant,
                helixGroup, code == null ? "" : ",\"invitationCode\":\"" + code + "\"");
    }

    private static void assertBadCode(HttpApi.Response answer) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().path("errors").get(0).path("field").asString()).isEqualTo("invitationCode");
    }

    @Test
    void theUnitsAdminKeepsTheOrganisationsWhichAnybodyReadsPageByPage() {
        String json = "{\"name\":\"Kiezverein\",\"helixGroup\":\"CIVIL_SOCIETY\",\"units\":[\"mitte\"]}";
        assertThat(asCitizen("p-" + UUID.randomUUID()).post("/api/v1/organisations", json).status()).isEqualTo(403);
        assertThat(asUnitAdmin("pankow").post("/api/v1/organisations", json).status()).isEqualTo(403);
        HttpApi.Response unknownUnit = asUnitAdmin("mitte").inLanguage("en").post("/api/v1/organisations",
                "{\"name\":\"Kiezverein\",\"helixGroup\":\"CIVIL_SOCIETY\",\"units\":[\"mitte\",\"atlantis\"]}");
        assertThat(unknownUnit.status()).isEqualTo(400);
        assertThat(unknownUnit.json().path("errors").get(0).path("field").asString()).isEqualTo("units");
        assertThat(unknownUnit.json().path("errors").get(0).path("message").asString()).contains("atlantis");

        String first = organisation("Kiezverein Moabit", "CIVIL_SOCIETY");
        String second = organisation("Institut für Stadtforschung", "SCIENCE");

        HttpApi.Response read = api.get("/api/v1/organisations/" + second);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.field("helixGroup")).isEqualTo("SCIENCE");
        assertThat(read.json().path("units").toString()).isEqualTo("[\"mitte\",\"pankow\"]");
        List<String> walked = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = api.get("/api/v1/organisations?limit=1" + (cursor == null ? "" : "&cursor=" + cursor))
                    .json();
            page.path("items").forEach(item -> walked.add(item.path("id").asString()));
            cursor = page.path("next").isNull() ? null : page.path("next").asString();
        } while (cursor != null);
        assertThat(walked).doesNotHaveDuplicates().containsSubsequence(first, second);

        String changed = "{\"name\":\"Institut für Stadtforschung Berlin\",\"helixGroup\":\"SCIENCE\","
                + "\"units\":[\"mitte\"],\"description\":\"Forschung zur Stadtentwicklung\"}";
        assertThat(asUnitAdmin("mitte").send("PUT", "/api/v1/organisations/" + second, changed,
                Map.of("If-Match", "\"7\"")).status()).isEqualTo(412);
        HttpApi.Response put = asUnitAdmin("mitte").send("PUT", "/api/v1/organisations/" + second, changed,
                Map.of("If-Match", "\"0\""));
        assertThat(put.status()).as(put.text()).isEqualTo(200);
        assertThat(put.field("description")).isEqualTo("Forschung zur Stadtentwicklung");
        assertThat(api.get("/api/v1/organisations/" + UUID.randomUUID()).status()).isEqualTo(404);
    }

    @Test
    void contributionsThroughACodeAreAttributedToItsMultiplierWithoutContactDataAnywhereButItsOwnPlace() {
        String ideaId = PankowIdeas.published(api);
        String formatId = format();
        String organisationId = organisation("Nachbarschaftshaus", "CIVIL_SOCIETY");
        String email = "erika-" + UUID.randomUUID() + "@example.org";
        String person = "p-" + UUID.randomUUID();

        HttpApi.Response byOrganisation = asUnitAdmin("mitte").post("/api/v1/multipliers",
                "{\"kind\":\"ORGANISATION\",\"organisationId\":\"%s\",%s}".formatted(organisationId,
                        contact("verein-" + email)));
        assertThat(byOrganisation.status()).as(byOrganisation.text()).isEqualTo(201);
        HttpApi.Response themself = asCitizen(person).post("/api/v1/multipliers",
                "{\"kind\":\"PERSON\",\"personId\":\"%s\",\"helixGroup\":\"PUBLIC\",%s}".formatted(person,
                        contact(email)));
        assertThat(themself.status()).as(themself.text()).isEqualTo(201);
        String organisationMultiplier = byOrganisation.field("id");
        String personMultiplier = themself.field("id");
        assertThat(byOrganisation.text()).doesNotContain(email).doesNotContain("Erika");
        assertThat(themself.text()).doesNotContain(email).doesNotContain("+49");

        String ideaCode = code(asUnitAdmin("mitte"), organisationMultiplier, "IDEA", ideaId, null);
        String formatCode = code(asCitizen(person), personMultiplier, "FORMAT", formatId,
                Instant.now().plus(Duration.ofDays(20)).toString());
        assertThat(ideaCode).matches("[A-Z2-9]{10}").doesNotContain("0", "O", "1", "I");

        HttpApi.Response supported = asCitizen("p-anna-" + ideaCode).post("/api/v1/ideas/" + ideaId + "/supports",
                support("p-anna-" + ideaCode, "SCIENCE", ideaCode));
        assertThat(supported.status()).as(supported.text()).isEqualTo(201);
        HttpApi.Response commented = asCitizen("p-ben-" + ideaCode).post("/api/v1/ideas/" + ideaId + "/comments",
                "{\"text\":\"Bin über den Verein gekommen\",\"invitationCode\":\"" + ideaCode + "\"}");
        assertThat(commented.status()).as(commented.text()).isEqualTo(201);
        HttpApi.Response registered = asCitizen("p-carla-" + ideaCode).post("/api/v1/formats/" + formatId
                + "/registrations", "{\"follow\":false,\"invitationCode\":\"" + formatCode + "\"}");
        assertThat(registered.status()).as(registered.text()).isEqualTo(201);

        List<ConsumerRecord<String, String>> redeemed = KafkaTestClient.read(TOPIC,
                record -> REDEEMED.equals(KafkaTestClient.header(record, "ce_type"))
                        && (record.value().contains(organisationMultiplier)
                        || record.value().contains(personMultiplier)), 3, Duration.ofSeconds(30));
        assertThat(redeemed).hasSize(3);
        redeemed.forEach(event -> PublishedEvents.assertCloudEvent(event, REDEEMED, "mitte",
                "participation-service"));
        Map<String, JsonNode> byContribution = new HashMap<>();
        redeemed.forEach(event -> byContribution.put(event.key(), JSON.readTree(event.value())));
        assertThat(byContribution.keySet()).as("each in the write of its contribution, keyed by it")
                .containsExactlyInAnyOrder(supported.field("id"), commented.field("id"), registered.field("id"));
        JsonNode bySupport = byContribution.get(supported.field("id"));
        assertThat(bySupport.path("contribution").asString()).isEqualTo("SUPPORT");
        assertThat(bySupport.path("helixGroup").asString()).isEqualTo("SCIENCE");
        assertThat(bySupport.path("multiplierId").asString()).isEqualTo(organisationMultiplier);
        assertThat(bySupport.path("targetId").asString()).isEqualTo(ideaId);
        assertThat(byContribution.get(commented.field("id")).path("helixGroup").asString())
                .as("a comment counts for the organisation's group").isEqualTo("CIVIL_SOCIETY");
        JsonNode byRegistration = byContribution.get(registered.field("id"));
        assertThat(byRegistration.path("targetType").asString()).isEqualTo("FORMAT");
        assertThat(byRegistration.path("helixGroup").asString()).as("no group given: the person's")
                .isEqualTo("PUBLIC");
        assertThat(KafkaTestClient.read(TOPIC, record -> record.value().contains(email)
                || record.value().contains("Erika Muster"), 1, Duration.ofSeconds(2))).isEmpty();

        JsonNode organisationCodes = asUnitAdmin("mitte").get("/api/v1/multipliers/" + organisationMultiplier
                + "/invitation-codes").json();
        assertThat(organisationCodes).hasSize(1);
        assertThat(organisationCodes.get(0).path("contributions").path("SUPPORT").asLong()).isEqualTo(1);
        assertThat(organisationCodes.get(0).path("contributions").path("COMMENT").asLong()).isEqualTo(1);
        assertThat(organisationCodes.get(0).path("total").asLong()).isEqualTo(2);
        HttpApi.Response ownCodes = asCitizen(person).get("/api/v1/multipliers/" + personMultiplier
                + "/invitation-codes");
        assertThat(ownCodes.json().get(0).path("contributions").path("REGISTRATION").asLong()).isEqualTo(1);
        assertThat(ownCodes.json().get(0).path("state").asString()).isEqualTo("ACTIVE");

        HttpApi.Response ownContact = asCitizen(person).get("/api/v1/multipliers/" + personMultiplier + "/contact");
        assertThat(ownContact.field("email")).isEqualTo(email);
        assertThat(ownContact.json().path("consent").path("textVersion").asString()).isEqualTo("2026-11");
        assertThat(ownContact.json().path("consent").path("givenAt").asString()).isNotBlank();
        assertThat(asUnitAdmin("mitte").get("/api/v1/multipliers/" + personMultiplier).text())
                .doesNotContain(email);
        assertThat(api.get("/api/v1/organisations/" + organisationId).text()).doesNotContain("verein-" + email);
        assertThat(mongo.getCollection("multiplier").find(new Document("_id", personMultiplier)).first().toJson())
                .doesNotContain(email);
        assertThat(mongo.getCollection("multiplierContact").countDocuments(new Document("personId", person)))
                .isEqualTo(1);

        assertThat(multipliers.contactsOfPerson(person)).hasSize(1);
        assertThat(multipliers.eraseContactsOfPerson(person)).isEqualTo(1);
        assertThat(asCitizen(person).get("/api/v1/multipliers/" + personMultiplier + "/contact").status())
                .isEqualTo(404);
        assertThat(asUnitAdmin("mitte").get("/api/v1/multipliers/" + organisationMultiplier + "/contact")
                .field("email")).as("an organisation's contact is no person's").isEqualTo("verein-" + email);
    }

    @Test
    void anUnknownRevokedExpiredOrOtherTargetsCodeIsBadInputAndStoresNothing() {
        String ideaId = PankowIdeas.published(api);
        String otherIdea = PankowIdeas.published(api);
        String formatId = format();
        String person = "p-" + UUID.randomUUID();
        String multiplierId = asUnitAdmin("mitte").post("/api/v1/multipliers",
                "{\"kind\":\"PERSON\",\"personId\":\"%s\",\"helixGroup\":\"BUSINESS\"}".formatted(person))
                .field("id");
        String revoked = code(asUnitAdmin("mitte"), multiplierId, "IDEA", ideaId, null);
        HttpApi.Response revocation = asCitizen(person).post("/api/v1/multipliers/" + multiplierId
                + "/invitation-codes/" + revoked + "/revoke", "");
        assertThat(revocation.status()).as(revocation.text()).isEqualTo(200);
        assertThat(revocation.field("state")).isEqualTo("REVOKED");
        String expiring = code(asUnitAdmin("mitte"), multiplierId, "FORMAT", formatId,
                Instant.now().plus(Duration.ofHours(1)).toString());
        String forOtherIdea = code(asUnitAdmin("mitte"), multiplierId, "IDEA", otherIdea, null);
        String citizen = "p-" + UUID.randomUUID();
        HttpApi as = asCitizen(citizen).inLanguage("en");

        assertBadCode(as.post("/api/v1/ideas/" + ideaId + "/supports", support(citizen, "PUBLIC", "ZZZZ9999ZZ")));
        assertBadCode(as.post("/api/v1/ideas/" + ideaId + "/supports", support(citizen, "PUBLIC", "nope")));
        HttpApi.Response revokedCode = as.post("/api/v1/ideas/" + ideaId + "/supports",
                support(citizen, "PUBLIC", revoked));
        assertBadCode(revokedCode);
        assertThat(revokedCode.json().path("errors").get(0).path("message").asString()).isEqualTo("was revoked");
        assertBadCode(as.post("/api/v1/ideas/" + ideaId + "/comments",
                "{\"text\":\"Hallo\",\"invitationCode\":\"" + forOtherIdea + "\"}"));
        assertBadCode(as.post("/api/v1/formats/" + formatId + "/registrations",
                "{\"invitationCode\":\"" + forOtherIdea + "\"}"));
        clock.advance(Duration.ofHours(2));
        assertBadCode(as.post("/api/v1/formats/" + formatId + "/registrations",
                "{\"invitationCode\":\"" + expiring + "\"}"));

        assertThat(mongo.getCollection("support").countDocuments(new Document("ideaId", ideaId))).isZero();
        assertThat(mongo.getCollection("comment").countDocuments(new Document("targetId", ideaId))).isZero();
        assertThat(mongo.getCollection("registration").countDocuments(new Document("formatId", formatId))).isZero();
        assertThat(api.get("/api/v1/formats/" + formatId).json().path("seatsTaken").asInt()).isZero();
        JsonNode codes = asUnitAdmin("mitte").get("/api/v1/multipliers/" + multiplierId + "/invitation-codes").json();
        List<String> states = new ArrayList<>();
        codes.forEach(code -> states.add(code.path("state").asString() + "/" + code.path("total").asLong()));
        assertThat(states).containsExactlyInAnyOrder("REVOKED/0", "EXPIRED/0", "ACTIVE/0");
    }

    @Test
    void onlyTheUnitsAdminAndThePersonItselfManageAMultiplierAndContactNeedsConsent() {
        String person = "p-" + UUID.randomUUID();
        String organisationId = organisation("Handwerkskammer", "BUSINESS");
        String asPerson = "{\"kind\":\"PERSON\",\"personId\":\"%s\",\"helixGroup\":\"STATE\"}".formatted(person);

        assertThat(asCitizen("p-other").post("/api/v1/multipliers", asPerson).status()).isEqualTo(403);
        assertThat(asCitizen(person).post("/api/v1/multipliers",
                "{\"kind\":\"ORGANISATION\",\"organisationId\":\"" + organisationId + "\"}").status()).isEqualTo(403);
        assertThat(asUnitAdmin("pankow").post("/api/v1/multipliers", asPerson).status()).isEqualTo(403);
        HttpApi.Response withoutConsent = asUnitAdmin("mitte").post("/api/v1/multipliers",
                "{\"kind\":\"PERSON\",\"personId\":\"%s\",\"helixGroup\":\"STATE\","
                        .formatted(person) + "\"contact\":{\"email\":\"x@example.org\"}}");
        assertThat(withoutConsent.status()).isEqualTo(400);
        assertThat(withoutConsent.json().path("errors").get(0).path("field").asString()).isEqualTo("consent");
        HttpApi.Response withoutGroup = asUnitAdmin("mitte").post("/api/v1/multipliers",
                "{\"kind\":\"PERSON\",\"personId\":\"" + person + "\"}");
        assertThat(withoutGroup.json().path("errors").get(0).path("field").asString()).isEqualTo("helixGroup");
        HttpApi.Response registered = asUnitAdmin("mitte").post("/api/v1/multipliers", asPerson);
        assertThat(registered.status()).as("nothing was stored before").isEqualTo(201);
        String id = registered.field("id");
        assertThat(asUnitAdmin("mitte").post("/api/v1/multipliers", asPerson).status()).isEqualTo(409);

        for (HttpApi stranger : List.of(api, asCitizen("p-other"), asUnitAdmin("pankow"), asModerator("mitte"))) {
            assertThat(stranger.get("/api/v1/multipliers/" + id).status()).isEqualTo(404);
            assertThat(stranger.get("/api/v1/multipliers/" + id + "/invitation-codes").status()).isEqualTo(404);
        }
        assertThat(asUnitAdmin("pankow").post("/api/v1/multipliers/" + id + "/invitation-codes",
                "{\"targetType\":\"FORMAT\",\"targetId\":\"" + UUID.randomUUID() + "\"}").status()).isEqualTo(404);
        assertThat(asCitizen(person).post("/api/v1/multipliers/" + id + "/invitation-codes",
                "{\"targetType\":\"FORMAT\",\"targetId\":\"" + UUID.randomUUID() + "\"}").status())
                .as("no such format").isEqualTo(404);
        assertThat(asCitizen(person).get("/api/v1/multipliers/" + id).field("personId")).isEqualTo(person);
        assertThat(asCitizen("p-other").get("/api/v1/multipliers").status()).isEqualTo(403);
        assertThat(asUnitAdmin("mitte").get("/api/v1/multipliers?limit=100").json().path("items").toString())
                .contains(id);

        HttpApi.Response consented = asCitizen(person).send("PUT", "/api/v1/multipliers/" + id + "/contact",
                "{" + contact("neu@example.org") + "}", Map.of());
        assertThat(consented.status()).as(consented.text()).isEqualTo(200);
        assertThat(asCitizen(person).delete("/api/v1/multipliers/" + id + "/contact").status()).isEqualTo(204);
        assertThat(asUnitAdmin("mitte").get("/api/v1/multipliers/" + id + "/contact").status()).isEqualTo(404);
        assertThat(mongo.getCollection("multiplierContact").countDocuments(new Document("_id", id))).isZero();
    }
}
