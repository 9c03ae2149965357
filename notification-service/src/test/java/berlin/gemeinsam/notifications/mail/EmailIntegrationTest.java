package berlin.gemeinsam.notifications.mail;

import berlin.gemeinsam.notifications.TestMailServer;
import berlin.gemeinsam.notifications.mail.application.Digests;
import berlin.gemeinsam.testsupport.EventSchemas;
import berlin.gemeinsam.testsupport.HttpApi;
import berlin.gemeinsam.testsupport.KafkaTestClient;
import berlin.gemeinsam.testsupport.MovableClock;
import berlin.gemeinsam.testsupport.ServiceApiTest;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The e-mail channel against a real SMTP server: double opt-in, notification mails in German and English with
 * one-click unsubscribe, one mail per event however often it arrives and however many subscriptions match, the
 * deliveries a subscriber sees with their status, changing a subscription's channels, and daily digests.
 */
class EmailIntegrationTest extends ServiceApiTest {

    private static final String IDEA_PUBLISHED = "berlin.gemeinsam.idea.published.v1";
    private static final String IDEA_PUBLISHED_V2 = "berlin.gemeinsam.idea.published.v2";
    private static final Pattern CONFIRMATION_LINK = Pattern.compile("/api/v1/email-confirmations/([A-Za-z0-9_-]+)");
    private static final Pattern UNSUBSCRIBE_LINK = Pattern.compile("<https?://[^>]+/api/v1/unsubscribe/([A-Za-z0-9_-]+)>");

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MeterRegistry metrics;

    @Autowired
    Digests digests;

    @Autowired
    MovableClock clock;

    private static String subscriber() {
        return "citizen-" + UUID.randomUUID();
    }

    private static String addressOf(String subscriberId) {
        return subscriberId + "@example.org";
    }

    private HttpApi.Response giveAddress(String subscriberId, String address, String language) {
        return asCitizen(subscriberId).send("PUT", "/api/v1/subscribers/" + subscriberId + "/email", """
                {"address":"%s","language":"%s"}""".formatted(address, language), Map.of());
    }

    private HttpApi.Response follow(String subscriberId, String unit, String language) {
        return asCitizen(subscriberId).post("/api/v1/subscriptions", """
                {"subscriberId":"%s","target":{"type":"UNIT","id":"%s"},"channels":["IN_APP","EMAIL"],
                 "language":"%s"}""".formatted(subscriberId, unit, language));
    }

    /** Gives the address, confirms it by the link of its confirmation mail and returns that mail. */
    private MimeMessage confirmedAddress(String subscriberId, String language) throws Exception {
        assertThat(giveAddress(subscriberId, addressOf(subscriberId), language).status()).isEqualTo(202);
        MimeMessage confirmation = TestMailServer.awaitMailsTo(addressOf(subscriberId), 1).get(0);
        assertThat(api.post("/api/v1/email-confirmations/" + confirmationToken(confirmation), "").status())
                .isEqualTo(200);
        return confirmation;
    }

    private static String confirmationToken(MimeMessage mail) throws Exception {
        Matcher link = CONFIRMATION_LINK.matcher(part(mail, "text/plain"));
        assertThat(link.find()).isTrue();
        return link.group(1);
    }

    private static String unsubscribeToken(MimeMessage mail) throws MessagingException {
        Matcher link = UNSUBSCRIBE_LINK.matcher(mail.getHeader("List-Unsubscribe", null));
        assertThat(link.matches()).isTrue();
        return link.group(1);
    }

    /** The text of the mail's first part of the content type, searched through its nested parts. */
    private static String part(Part part, String contentType) throws MessagingException, IOException {
        if (part.isMimeType(contentType)) {
            return part.getContent().toString();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart parts = (Multipart) part.getContent();
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart each = parts.getBodyPart(i);
                String found = part(each, contentType);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static void ideaPublished(String unit, String ideaId, String title, String eventId) {
        ideaPublished(unit, ideaId, title, eventId, Instant.now());
    }

    private static void ideaPublished(String unit, String ideaId, String title, String eventId, Instant time) {
        String data = """
                {"ideaId":"%s","unit":"%s","title":"%s","problem":"Am Ufer fehlen Sitzplätze","proposal":null,
                 "category":"Stadtraum","publishedAt":"%s"}""".formatted(ideaId, unit, title, time);
        EventSchemas.assertValid(IDEA_PUBLISHED, data);
        Map<String, String> headers = new HashMap<>(KafkaTestClient.cloudEventHeaders(eventId,
                "/units/" + unit + "/ideas-service", IDEA_PUBLISHED, ideaId, unit));
        headers.put("ce_time", time.toString());
        KafkaTestClient.send("gemeinsam." + unit + ".ideas", ideaId, data.getBytes(StandardCharsets.UTF_8), headers);
    }

    /**
     * Publishes an idea as ideas-service does, v1 and then v2 with the same time of publication, the v2 event twice
     * as a redelivery does.
     */
    private static void ideaPublishedAsV1AndTwiceAsV2(String unit, String ideaId, String title) {
        Instant time = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        ideaPublished(unit, ideaId, title, UUID.randomUUID().toString(), time);
        String data = """
                {"ideaId":"%s","unit":"%s","title":"%s","problem":"Zu wenig Schatten","proposal":null,
                 "category":"MOBILITY","principles":[],"latitude":null,"longitude":null,"language":"de",
                 "publishedAt":"%s"}""".formatted(ideaId, unit, title, time);
        EventSchemas.assertValid(IDEA_PUBLISHED_V2, data);
        Map<String, String> headers = KafkaTestClient.cloudEventHeaders(UUID.randomUUID().toString(),
                "/units/" + unit + "/ideas-service", IDEA_PUBLISHED_V2, ideaId, unit);
        for (int i = 0; i < 2; i++) {
            KafkaTestClient.send("gemeinsam." + unit + ".ideas", ideaId, data.getBytes(StandardCharsets.UTF_8),
                    headers);
        }
    }

    /** A mail waiting for its next attempt in an hour: the sender does not take it on meanwhile. */
    private String waitingMail(String subscriberId, String subscriptionId) {
        String id = UUID.randomUUID().toString();
        mongo.insert(new Document("_id", id).append("subscriberId", subscriberId)
                .append("subscriptionId", subscriptionId).append("language", "de").append("eventType", IDEA_PUBLISHED)
                .append("subject", UUID.randomUUID().toString()).append("text", "Neue Idee").append("time", new Date())
                .append("status", "PENDING").append("attempts", 1)
                .append("claimedUntil", Date.from(Instant.now().plus(Duration.ofHours(1)))), "mailDelivery");
        return id;
    }

    private HttpApi.Response deliveries(String subscriberId, String query) {
        return asCitizen(subscriberId).get("/api/v1/subscribers/" + subscriberId + "/deliveries" + query);
    }

    private double counted(String channel, String status) {
        Counter counter = metrics.find("gemeinsam.notifications.deliveries").tag("channel", channel)
                .tag("status", status).counter();
        return counter == null ? 0 : counter.count();
    }

    private Document awaitMailDelivery(String subscriberId, String status) {
        Query query = Query.query(Criteria.where("subscriberId").is(subscriberId).and("status").is(status));
        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.exists(query, "mailDelivery"));
        return mongo.findOne(query, Document.class, "mailDelivery");
    }

    private static String hashOf(String token) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(token.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aSubscriberExportsEverythingHeldAboutThemAndIsErasedOnRequestOrWhenParticipationServiceErasedThem()
            throws Exception {
        String anna = subscriber();
        String ben = subscriber();
        for (String subscriber : List.of(anna, ben)) {
            confirmedAddress(subscriber, "de");
            assertThat(follow(subscriber, "reinickendorf", "de").status()).isEqualTo(201);
        }
        ideaPublished("reinickendorf", UUID.randomUUID().toString(), "Ufer für alle", UUID.randomUUID().toString());
        awaitMailDelivery(anna, "SENT");
        awaitMailDelivery(ben, "SENT");

        HttpApi.Response export = asCitizen(anna).get("/api/v1/subscribers/" + anna + "/export");
        assertThat(export.status()).isEqualTo(200);
        JsonNode data = export.json().path("data");
        assertThat(data.path("subscriptions").get(0).path("target").path("id").asString()).isEqualTo("reinickendorf");
        assertThat(data.path("feed").get(0).path("text").path("de").asString()).contains("Ufer für alle");
        JsonNode email = data.path("email").get(0);
        assertThat(email.path("address").asString()).isEqualTo(addressOf(anna));
        assertThat(email.path("consent").path("textVersion").asString()).isNotBlank();
        assertThat(email.path("mails").get(0).path("status").asString()).isEqualTo("SENT");
        assertThat(asCitizen(ben).get("/api/v1/subscribers/" + anna + "/export").status()).isEqualTo(404);
        assertThat(asCitizen(ben).delete("/api/v1/subscribers/" + anna).status()).isEqualTo(404);

        assertThat(asCitizen(anna).delete("/api/v1/subscribers/" + anna).status()).isEqualTo(204);
        assertThat(asCitizen(anna).delete("/api/v1/subscribers/" + anna).status()).isEqualTo(204);
        String erased = "berlin.gemeinsam.participant.erased.v1";
        String erasure = """
                {"participantId":"%s","unit":"mitte","requestedAt":"2026-12-01T10:00:00Z"}""".formatted(ben);
        EventSchemas.assertValid(erased, erasure);
        String key = UUID.randomUUID().toString();
        KafkaTestClient.send("gemeinsam.mitte.participation", key, erasure.getBytes(StandardCharsets.UTF_8),
                KafkaTestClient.cloudEventHeaders(UUID.randomUUID().toString(), "/units/mitte/participation-service",
                        erased, key, "mitte"));

        await().atMost(Duration.ofSeconds(30)).until(() -> asCitizen(ben).get("/api/v1/subscribers/" + ben
                + "/export").json().path("data").valueStream().allMatch(JsonNode::isEmpty));
        asCitizen(anna).get("/api/v1/subscribers/" + anna + "/export").json().path("data")
                .forEach(part -> assertThat(part).isEmpty());
        for (String collection : List.of("subscription", "notification", "subscriberContact", "emailConfirmation",
                "mailDelivery")) {
            for (Document document : mongo.getCollection(collection).find()) {
                assertThat(document.toJson()).as(collection).doesNotContain(anna).doesNotContain(ben);
            }
        }
    }

    @Test
    void anUnconfirmedAddressGetsNothingButTheConfirmationMailAndItsLinkWorksOnce() throws Exception {
        String subscriber = subscriber();
        String address = addressOf(subscriber);
        assertThat(follow(subscriber, "pankow", "de").status()).isEqualTo(201);

        HttpApi.Response given = giveAddress(subscriber, address, "de");
        assertThat(given.status()).isEqualTo(202);
        assertThat(given.json().path("confirmed").asBoolean()).isFalse();
        MimeMessage confirmation = TestMailServer.awaitMailsTo(address, 1).get(0);
        assertThat(confirmation.getSubject()).isEqualTo("Bitte bestätigen Sie Ihre E-Mail-Adresse");
        assertThat(part(confirmation, "text/html")).contains("E-Mail-Adresse bestätigen");
        assertThat(confirmation.getHeader("List-Unsubscribe")).isNull();

        ideaPublished("pankow", UUID.randomUUID().toString(), "Bänke am Ufer", UUID.randomUUID().toString());
        Document suppressed = awaitMailDelivery(subscriber, "SUPPRESSED");
        assertThat(suppressed.getString("reason")).isEqualTo("ADDRESS_NOT_CONFIRMED");
        assertThat(TestMailServer.mailsTo(address)).hasSize(1);

        String token = confirmationToken(confirmation);
        HttpApi.Response confirmed = api.post("/api/v1/email-confirmations/" + token, "");
        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(confirmed.json().path("confirmed").asBoolean()).isTrue();
        Document contact = mongo.findById(subscriber, Document.class, "subscriberContact");
        Document consent = contact.get("consent", Document.class);
        assertThat(consent.get("at")).isNotNull();
        assertThat(consent.getString("textVersion")).isNotBlank();
        assertThat(consent.getString("addressHash")).isEqualTo(hashOf(address));

        HttpApi.Response reused = api.inLanguage("en").post("/api/v1/email-confirmations/" + token, "");
        assertThat(reused.status()).isEqualTo(409);
        assertThat(reused.field("detail")).contains("Confirmation link");
        assertThat(api.post("/api/v1/email-confirmations/unknown-token", "").status()).isEqualTo(404);
    }

    @Test
    void anExpiredConfirmationLinkIsGoneAndConfirmsNothing() throws Exception {
        String subscriber = subscriber();
        String address = addressOf(subscriber);
        assertThat(giveAddress(subscriber, address, "en").status()).isEqualTo(202);
        MimeMessage confirmation = TestMailServer.awaitMailsTo(address, 1).get(0);
        assertThat(confirmation.getSubject()).isEqualTo("Please confirm your e-mail address");
        String token = confirmationToken(confirmation);
        // the link's day is over
        mongo.updateFirst(Query.query(Criteria.where("_id").is(hashOf(token))),
                new Update().set("expiresAt", Instant.now().minusSeconds(1)), "emailConfirmation");

        HttpApi.Response expired = api.post("/api/v1/email-confirmations/" + token, "");
        assertThat(expired.status()).isEqualTo(410);
        assertThat(expired.contentType()).startsWith("application/problem+json");
        assertThat(expired.field("title")).isEqualTo("Link abgelaufen");
        assertThat(mongo.findById(subscriber, Document.class, "subscriberContact").get("consent")).isNull();
    }

    @Test
    void aNotificationMailSaysWhatHappenedInTheSubscribersLanguageAndUnsubscribesWithOneClick() throws Exception {
        String german = subscriber();
        String english = subscriber();
        confirmedAddress(german, "de");
        confirmedAddress(english, "en");
        HttpApi.Response germanFollowed = follow(german, "lichtenberg", "de");
        assertThat(germanFollowed.status()).isEqualTo(201);
        HttpApi.Response followed = follow(english, "lichtenberg", "en");
        assertThat(followed.json().path("channels").toString()).contains("EMAIL");
        assertThat(followed.field("language")).isEqualTo("en");

        String ideaId = UUID.randomUUID().toString();
        ideaPublished("lichtenberg", ideaId, "Schattige Bänke", UUID.randomUUID().toString());

        MimeMessage inGerman = TestMailServer.awaitMailsTo(addressOf(german), 2).get(1);
        assertThat(inGerman.getSubject()).isEqualTo("Neuigkeiten zu dem, dem Sie folgen");
        assertThat(part(inGerman, "text/plain")).contains("Neue Idee in", "„Schattige Bänke“", "/ideas/" + ideaId);
        assertThat(part(inGerman, "text/html")).contains("„Schattige Bänke“", "href=\"http://127.0.0.1:8080/ideas/"
                + ideaId + "\"");
        assertThat(inGerman.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
        MimeMessage inEnglish = TestMailServer.awaitMailsTo(addressOf(english), 2).get(1);
        assertThat(inEnglish.getSubject()).isEqualTo("News about what you follow");
        assertThat(part(inEnglish, "text/plain")).contains("New idea in", "\"Schattige Bänke\"");
        assertThat(part(inEnglish, "text/html")).contains("No more mails about it");
        assertThat(inEnglish.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");

        // as a mail program posts it: no login, no cookie, a form body
        String token = unsubscribeToken(inGerman);
        String waiting = waitingMail(german, germanFollowed.field("id"));
        Map<String, String> form = Map.of("Content-Type", "application/x-www-form-urlencoded");
        assertThat(api.send("POST", "/api/v1/unsubscribe/" + token, "List-Unsubscribe=One-Click", form).status())
                .isEqualTo(204);
        HttpApi.Response again = api.send("POST", "/api/v1/unsubscribe/" + token, "List-Unsubscribe=One-Click", form);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.field("detail")).contains("Abmeldelink");
        HttpApi.Response subscriptions = asCitizen(german).get("/api/v1/subscribers/" + german + "/subscriptions");
        assertThat(subscriptions.json().path("items").get(0).path("channels").toString()).isEqualTo("[\"IN_APP\"]");
        assertThat(mongo.findById(waiting, Document.class, "mailDelivery").getString("reason"))
                .isEqualTo("UNSUBSCRIBED");

        ideaPublished("lichtenberg", UUID.randomUUID().toString(), "Trinkbrunnen", UUID.randomUUID().toString());
        // the consumer wrote both followers' mails together: once the English one arrived, no German one is coming
        TestMailServer.awaitMailsTo(addressOf(english), 3);
        assertThat(mongo.count(Query.query(Criteria.where("subscriberId").is(german).and("_id").ne(waiting)),
                "mailDelivery")).isEqualTo(1);
        assertThat(TestMailServer.mailsTo(addressOf(german))).hasSize(2);
    }

    @Test
    void aDailySubscriberGetsNoMailAtOnceButOneDigestAtTheDailyTimeGroupingBothNewsAndNoneForAnEmptyDayOrAfterStopping()
            throws Exception {
        String anna = subscriber();
        String ben = subscriber();
        Map<String, String> subscriptionOf = new HashMap<>();
        for (String subscriber : List.of(anna, ben)) {
            confirmedAddress(subscriber, "de");
            HttpApi.Response followed = asCitizen(subscriber).post("/api/v1/subscriptions", """
                    {"subscriberId":"%s","target":{"type":"UNIT","id":"steglitz-zehlendorf"},"channels":["EMAIL"],
                     "frequency":"DAILY"}""".formatted(subscriber));
            assertThat(followed.field("frequency")).isEqualTo("DAILY");
            subscriptionOf.put(subscriber, followed.field("id"));
        }
        ideaPublished("steglitz-zehlendorf", UUID.randomUUID().toString(), "Bänke am See",
                UUID.randomUUID().toString());
        ideaPublished("steglitz-zehlendorf", UUID.randomUUID().toString(), "Radweg am Kanal",
                UUID.randomUUID().toString());
        Query annasEntries = Query.query(Criteria.where("subscriberId").is(anna));
        Query bensEntries = Query.query(Criteria.where("subscriberId").is(ben));
        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.count(annasEntries, "digestEntry") == 2
                && mongo.count(bensEntries, "digestEntry") == 2);
        digests.makeDue();
        assertThat(mongo.exists(annasEntries, "mailDelivery")).isFalse();
        assertThat(TestMailServer.mailsTo(addressOf(anna))).hasSize(1);
        // ben stops mails before the digest is due: his waiting news are dropped
        assertThat(asCitizen(ben).send("PATCH", "/api/v1/subscriptions/" + subscriptionOf.get(ben),
                "{\"channels\":[\"IN_APP\"]}", Map.of()).status()).isEqualTo(200);
        assertThat(mongo.exists(bensEntries, "digestEntry")).isFalse();

        ZonedDateTime berlin = clock.instant().atZone(ZoneId.of("Europe/Berlin"));
        ZonedDateTime nextDigest = berlin.toLocalDate().plusDays(1).atTime(LocalTime.of(7, 0))
                .atZone(ZoneId.of("Europe/Berlin"));
        try {
            clock.advance(Duration.between(berlin, nextDigest).plusMinutes(1));
            digests.makeDue();
            digests.makeDue();
            MimeMessage digest = TestMailServer.awaitMailsTo(addressOf(anna), 2).get(1);
            assertThat(digest.getSubject()).isEqualTo("Ihre Zusammenfassung dessen, dem Sie folgen");
            String text = part(digest, "text/plain");
            assertThat(text).containsOnlyOnce("Ein Bezirk oder eine Verwaltung, der Sie folgen")
                    .contains("„Bänke am See“", "„Radweg am Kanal“");
            assertThat(text.indexOf("Bänke am See")).isLessThan(text.indexOf("Radweg am Kanal"));
            assertThat(part(digest, "text/html")).contains("„Radweg am Kanal“", "Keine Mails mehr dazu");
            assertThat(digest.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
            assertThat(unsubscribeToken(digest)).isNotBlank();
            assertThat(mongo.count(annasEntries, "mailDelivery")).isEqualTo(1);
            assertThat(awaitMailDelivery(anna, "SENT").getString("subject"))
                    .isEqualTo("DAILY/" + nextDigest.toLocalDate());

            assertThat(mongo.exists(bensEntries, "mailDelivery")).isFalse();

            clock.advance(Duration.ofDays(1));
            digests.makeDue();
            assertThat(mongo.count(annasEntries, "mailDelivery")).isEqualTo(1);
            assertThat(TestMailServer.mailsTo(addressOf(anna))).hasSize(2);
            assertThat(TestMailServer.mailsTo(addressOf(ben))).hasSize(1);
        } finally {
            clock.reset();
        }
    }

    @Test
    void anEventDeliveredTwiceIsOneMail() throws Exception {
        String subscriber = subscriber();
        confirmedAddress(subscriber, "de");
        assertThat(follow(subscriber, "spandau", "de").status()).isEqualTo(201);

        String eventId = UUID.randomUUID().toString();
        String ideaId = UUID.randomUUID().toString();
        ideaPublished("spandau", ideaId, "Fahrradbügel", eventId);
        ideaPublished("spandau", ideaId, "Fahrradbügel", eventId);
        ideaPublished("spandau", UUID.randomUUID().toString(), "Hundewiese", UUID.randomUUID().toString());

        List<MimeMessage> mails = TestMailServer.awaitMailsTo(addressOf(subscriber), 3);
        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.count(Query.query(Criteria.where("subscriberId")
                .is(subscriber).and("status").is("SENT")), "mailDelivery") == 2);
        assertThat(TestMailServer.mailsTo(addressOf(subscriber))).hasSize(3);
        assertThat(mails.stream().skip(1).map(mail -> {
            try {
                return part(mail, "text/plain");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        })).anyMatch(text -> text.contains("Fahrradbügel")).anyMatch(text -> text.contains("Hundewiese"));
    }

    @Test
    void badInputNamesTheFieldAndStoresNothing() {
        String subscriber = subscriber();
        HttpApi.Response invalidAddress = giveAddress(subscriber, "not-an-address", "de");
        assertThat(invalidAddress.status()).isEqualTo(400);
        assertThat(invalidAddress.json().path("errors").findValuesAsString("field")).contains("address");
        HttpApi.Response unknownLanguage = giveAddress(subscriber, addressOf(subscriber), "fr");
        assertThat(unknownLanguage.status()).isEqualTo(400);
        assertThat(unknownLanguage.json().path("errors").findValuesAsString("field")).contains("language");
        assertThat(mongo.findById(subscriber, Document.class, "subscriberContact")).isNull();

        HttpApi.Response unknownChannel = asCitizen(subscriber).post("/api/v1/subscriptions", """
                {"subscriberId":"%s","target":{"type":"UNIT","id":"mitte"},"channels":["SMS"]}"""
                .formatted(subscriber));
        assertThat(unknownChannel.status()).isEqualTo(400);
        assertThat(unknownChannel.json().path("errors").findValuesAsString("field").toString()).contains("channels");
        HttpApi.Response unknownSubscriptionLanguage = asCitizen(subscriber).post("/api/v1/subscriptions", """
                {"subscriberId":"%s","target":{"type":"UNIT","id":"mitte"},"language":"fr"}""".formatted(subscriber));
        assertThat(unknownSubscriptionLanguage.status()).isEqualTo(400);
        assertThat(unknownSubscriptionLanguage.json().path("errors").findValuesAsString("field")).contains("language");
        assertThat(asCitizen(subscriber).get("/api/v1/subscribers/" + subscriber + "/subscriptions").json()
                .path("items")).isEmpty();
    }

    @Test
    void nobodyGivesAnAddressForAnotherSubscriber() {
        String subscriber = subscriber();
        HttpApi.Response other = asCitizen(subscriber()).send("PUT", "/api/v1/subscribers/" + subscriber + "/email",
                """
                {"address":"%s"}""".formatted(addressOf(subscriber)), Map.of());
        assertThat(other.status()).isEqualTo(403);
        assertThat(api.send("PUT", "/api/v1/subscribers/" + subscriber + "/email", """
                {"address":"%s"}""".formatted(addressOf(subscriber)), Map.of()).status()).isEqualTo(401);
    }

    @Test
    void aSubscriberSeesEachDeliveryWithItsStatusNewestFirstByChannelAndStatusAndTheyAreCounted() {
        String subscriber = subscriber();
        assertThat(follow(subscriber, "sen-fin", "de").status()).isEqualTo(201);
        double suppressedBefore = counted("EMAIL", "SUPPRESSED");
        double inAppBefore = counted("IN_APP", "SENT");

        ideaPublished("sen-fin", UUID.randomUUID().toString(), "Wasserspender",
                UUID.randomUUID().toString());
        ideaPublished("sen-fin", UUID.randomUUID().toString(), "Sonnensegel",
                UUID.randomUUID().toString());
        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.count(Query.query(Criteria.where("subscriberId")
                .is(subscriber).and("status").is("SUPPRESSED")), "mailDelivery") == 2);

        HttpApi.Response first = deliveries(subscriber, "?size=3");
        assertThat(first.status()).isEqualTo(200);
        JsonNode items = first.json().path("items");
        assertThat(items).hasSize(3);
        assertThat(Instant.parse(items.get(0).path("time").asString()))
                .isAfterOrEqualTo(Instant.parse(items.get(2).path("time").asString()));
        HttpApi.Response second = asCitizen(subscriber).get(first.field("next"));
        assertThat(second.json().path("items")).hasSize(1);
        assertThat(second.json().path("nextCursor").isNull()).isTrue();
        List<String> all = new ArrayList<>(items.findValuesAsString("id"));
        all.addAll(second.json().path("items").findValuesAsString("id"));
        assertThat(all).doesNotHaveDuplicates().hasSize(4);

        JsonNode mails = deliveries(subscriber, "?channel=EMAIL").json().path("items");
        assertThat(mails).hasSize(2);
        for (JsonNode mail : mails) {
            assertThat(mail.path("status").asString()).isEqualTo("SUPPRESSED");
            assertThat(mail.path("reason").asString()).isEqualTo("ADDRESS_NOT_CONFIRMED");
            assertThat(mail.path("attempts").asInt()).isEqualTo(1);
            assertThat(mail.path("settledAt").isNull()).isFalse();
        }
        JsonNode sent = deliveries(subscriber, "?status=SENT").json().path("items");
        assertThat(sent.findValuesAsString("channel")).containsExactly("IN_APP", "IN_APP");
        assertThat(deliveries(subscriber, "?status=PENDING").json().path("items")).isEmpty();
        assertThat(counted("EMAIL", "SUPPRESSED")).isGreaterThanOrEqualTo(suppressedBefore + 2);
        assertThat(counted("IN_APP", "SENT")).isGreaterThanOrEqualTo(inAppBefore + 2);

        HttpApi.Response unknownStatus = deliveries(subscriber, "?status=LOST");
        assertThat(unknownStatus.status()).isEqualTo(400);
        assertThat(unknownStatus.json().path("errors").findValuesAsString("field")).contains("status");
        assertThat(asCitizen(subscriber()).get("/api/v1/subscribers/" + subscriber + "/deliveries").status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/subscribers/" + subscriber + "/deliveries").status()).isEqualTo(401);
    }

    @Test
    void aFollowedUnitAndASavedSearchMatchingAnIdeaPublishedAsV1AndTwiceAsV2AreOneEntryAndOneMail() throws Exception {
        String subscriber = subscriber();
        confirmedAddress(subscriber, "de");
        assertThat(asCitizen(subscriber).post("/api/v1/subscriptions", """
                {"subscriberId":"%s","target":{"type":"UNIT","id":"sen-bjf"}}""".formatted(subscriber))
                .status()).isEqualTo(201);
        assertThat(asCitizen(subscriber).post("/api/v1/subscriptions", """
                {"subscriberId":"%s","target":{"type":"SEARCH","profile":{"units":["sen-bjf"]}},
                 "channels":["IN_APP","EMAIL"],"language":"en"}""".formatted(subscriber)).status()).isEqualTo(201);
        String ideaId = UUID.randomUUID().toString();
        ideaPublishedAsV1AndTwiceAsV2("sen-bjf", ideaId, "Fähranleger");
        String nextId = UUID.randomUUID().toString();
        ideaPublishedAsV1AndTwiceAsV2("sen-bjf", nextId, "Uferweg");

        TestMailServer.awaitMailsTo(addressOf(subscriber), 3);
        await().atMost(Duration.ofSeconds(30)).until(() -> deliveries(subscriber, "?channel=EMAIL&status=SENT")
                .json().path("items").size() == 2);
        List<MimeMessage> mails = TestMailServer.mailsTo(addressOf(subscriber));
        assertThat(mails).hasSize(3);
        assertThat(mails.get(1).getSubject()).isEqualTo("News about what you follow");
        JsonNode delivered = deliveries(subscriber, "").json().path("items");
        assertThat(delivered.findValuesAsString("subject"))
                .containsExactlyInAnyOrder(ideaId, ideaId, nextId, nextId);
        assertThat(delivered.findValuesAsString("channel"))
                .containsExactlyInAnyOrder("IN_APP", "EMAIL", "IN_APP", "EMAIL");
    }

    @Test
    void takingEmailOffOrUnfollowingSuppressesThePendingMailsAndABadChangeOrFrequencyNamesTheField() {
        String subscriber = subscriber();
        String subscriptionId = follow(subscriber, "sen-wgp", "de").field("id");
        String path = "/api/v1/subscriptions/" + subscriptionId;
        String waiting = waitingMail(subscriber, subscriptionId);

        Map<String, String> badChanges = Map.of("{\"channels\":[]}", "channels", "{\"channels\":[\"FAX\"]}",
                "channels", "{\"language\":\"fr\"}", "language", "{\"frequency\":\"HOURLY\"}", "frequency");
        badChanges.forEach((body, field) -> {
            HttpApi.Response rejected = asCitizen(subscriber).send("PATCH", path, body, Map.of());
            assertThat(rejected.status()).as(body).isEqualTo(400);
            assertThat(rejected.json().path("errors").findValuesAsString("field").toString()).contains(field);
        });
        assertThat(asCitizen(subscriber()).send("PATCH", path, "{\"language\":\"en\"}", Map.of()).status())
                .isEqualTo(404);
        assertThat(mongo.findById(waiting, Document.class, "mailDelivery").getString("status")).isEqualTo("PENDING");

        HttpApi.Response english = asCitizen(subscriber).send("PATCH", path, "{\"language\":\"en\"}", Map.of());
        assertThat(english.status()).isEqualTo(200);
        assertThat(english.field("language")).isEqualTo("en");
        assertThat(english.field("frequency")).isEqualTo("IMMEDIATELY");
        HttpApi.Response weekly = asCitizen(subscriber).send("PATCH", path, "{\"frequency\":\"WEEKLY\"}", Map.of());
        assertThat(weekly.field("frequency")).isEqualTo("WEEKLY");
        assertThat(weekly.field("language")).isEqualTo("en");
        HttpApi.Response unknownAtFollow = asCitizen(subscriber).post("/api/v1/subscriptions", """
                {"subscriberId":"%s","target":{"type":"UNIT","id":"mitte"},"frequency":"HOURLY"}"""
                .formatted(subscriber));
        assertThat(unknownAtFollow.status()).isEqualTo(400);
        assertThat(unknownAtFollow.json().path("errors").findValuesAsString("field")).containsExactly("frequency");
        assertThat(english.json().path("channels").toString()).isEqualTo("[\"IN_APP\",\"EMAIL\"]");
        assertThat(mongo.findById(waiting, Document.class, "mailDelivery").getString("status")).isEqualTo("PENDING");

        HttpApi.Response inAppOnly = asCitizen(subscriber).send("PATCH", path, "{\"channels\":[\"IN_APP\"]}",
                Map.of("Content-Type", "application/merge-patch+json"));
        assertThat(inAppOnly.status()).isEqualTo(200);
        assertThat(inAppOnly.json().path("channels").toString()).isEqualTo("[\"IN_APP\"]");
        assertThat(inAppOnly.field("language")).isEqualTo("en");
        Document suppressed = mongo.findById(waiting, Document.class, "mailDelivery");
        assertThat(suppressed.getString("status")).isEqualTo("SUPPRESSED");
        assertThat(suppressed.getString("reason")).isEqualTo("CHANNEL_REMOVED");
        assertThat(deliveries(subscriber, "?channel=EMAIL").json().path("items").get(0).path("reason").asString())
                .isEqualTo("CHANNEL_REMOVED");

        assertThat(asCitizen(subscriber).send("PATCH", path, "{\"channels\":[\"EMAIL\"]}", Map.of()).status())
                .isEqualTo(200);
        String waitingOnUnfollow = waitingMail(subscriber, subscriptionId);
        assertThat(asCitizen(subscriber).delete(path).status()).isEqualTo(204);
        assertThat(mongo.findById(waitingOnUnfollow, Document.class, "mailDelivery").getString("reason"))
                .isEqualTo("SUBSCRIPTION_ENDED");
    }
}
