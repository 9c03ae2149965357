package berlin.gemeinsam.participation.formats;

import berlin.gemeinsam.participation.formats.application.DialogFormats;
import berlin.gemeinsam.participation.formats.application.Promotions;
import berlin.gemeinsam.participation.formats.domain.DialogFormat;
import berlin.gemeinsam.testsupport.EventSchemas;
import berlin.gemeinsam.testsupport.HttpApi;
import berlin.gemeinsam.testsupport.KafkaTestClient;
import berlin.gemeinsam.testsupport.MovableClock;
import berlin.gemeinsam.testsupport.PublishedEvents;
import berlin.gemeinsam.testsupport.ServiceApiTest;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStart;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Dialog formats through the API, on the real broker and store: one Spring context for all of them. */
class DialogFormatsIntegrationTest extends ServiceApiTest {

    private static final String TOPIC = "gemeinsam.mitte.participation";
    private static final JsonMapper JSON = JsonMapper.shared();

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MovableClock clock;

    @Autowired
    DialogFormats formats;

    @Autowired
    Promotions promotions;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    /** A format starting {@code days} from now at 18:00 Berlin time, for two hours; registration closes a day before. */
    private static String format(String title, String type, int capacity, int days, String helixGroups) {
        ZonedDateTime start = ZonedDateTime.now(ZoneId.of("Europe/Berlin")).plusDays(days)
                .withHour(18).truncatedTo(ChronoUnit.HOURS);
        return """
                {"title":"%s","description":"Gemeinsam Ideen für den Kiez entwickeln","format":"%s",
                 "start":"%s","end":"%s","place":"Rathaus Mitte, Saal 1","onlineLink":"https://meet.berlin.de/kiez",
                 "capacity":%d,"registrationDeadline":"%s","ideaIds":["%s"],"helixGroups":%s}"""
                .formatted(title, type, start.toOffsetDateTime(), start.plusHours(2).toOffsetDateTime(), capacity,
                        start.minusDays(1).toOffsetDateTime(), UUID.randomUUID(), helixGroups);
    }

    private HttpApi.Response schedule(String json) {
        return asUnitAdmin("mitte").post("/api/v1/formats", json);
    }

    private String scheduled(String json) {
        HttpApi.Response scheduled = schedule(json);
        assertThat(scheduled.status()).as(scheduled.text()).isEqualTo(201);
        return scheduled.field("id");
    }

    private HttpApi.Response register(String formatId, String participant) {
        return asCitizen(participant).post("/api/v1/formats/" + formatId + "/registrations",
                "{\"helixGroup\":\"PUBLIC\"}");
    }

    private static List<ConsumerRecord<String, String>> events(String type, String key, int expected) {
        return KafkaTestClient.read(TOPIC, record -> key.equals(record.key())
                && type.equals(KafkaTestClient.header(record, "ce_type")), expected, Duration.ofSeconds(30));
    }

    @Test
    void aUnitAdminSchedulesAFormatThatAnybodyReadsListsAndDownloadsForTheCalendar() throws Exception {
        String json = format("Netzwerktreffen Wirtschaft", "NETWORK_MEETING", 12, 40, "[\"BUSINESS\",\"STATE\"]");
        HttpApi.Response scheduled = schedule(json);
        assertThat(scheduled.status()).as(scheduled.text()).isEqualTo(201);
        String id = scheduled.field("id");
        assertThat(scheduled.location()).endsWith("/api/v1/formats/" + id);
        assertThat(scheduled.headers().firstValue("ETag")).contains("\"0\"");
        assertThat(asCitizen("p-" + UUID.randomUUID()).post("/api/v1/formats", json).status()).isEqualTo(403);
        assertThat(asModerator("mitte").post("/api/v1/formats", json).status()).isEqualTo(403);

        HttpApi.Response read = api.get("/api/v1/formats/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.field("status")).isEqualTo("SCHEDULED");
        assertThat(read.json().path("seatsLeft").asInt()).isEqualTo(12);
        assertThat(read.json().path("waitingListLength").asInt()).isZero();
        assertThat(read.field("timeZone")).isEqualTo("Europe/Berlin");
        OffsetDateTime start = OffsetDateTime.parse(read.field("start"));
        assertThat(start.getHour()).isEqualTo(18);
        assertThat(start.toInstant()).isEqualTo(OffsetDateTime.parse(JSON.readTree(json).path("start").asString())
                .toInstant());

        ConsumerRecord<String, String> event = events("berlin.gemeinsam.format.scheduled.v1", id, 1).get(0);
        PublishedEvents.assertCloudEvent(event, "berlin.gemeinsam.format.scheduled.v1", "mitte",
                "participation-service");
        assertThat(EventSchemas.violations("berlin.gemeinsam.format.scheduled.v1", event.value())).isEmpty();

        HttpApi.Response ics = api.get("/api/v1/formats/" + id + ".ics");
        assertThat(ics.status()).isEqualTo(200);
        assertThat(ics.contentType()).startsWith("text/calendar");
        assertThat(ics.text()).contains("BEGIN:VTIMEZONE", "TZID:Europe/Berlin");
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics.text()));
        VEvent vevent = calendar.getComponentList().<VEvent>getFirst(Component.VEVENT).orElseThrow();
        DtStart<ZonedDateTime> dtStart = vevent.getPropertyList().<DtStart<ZonedDateTime>>getProperty(Property.DTSTART)
                .orElseThrow();
        DtEnd<ZonedDateTime> dtEnd = vevent.getPropertyList().<DtEnd<ZonedDateTime>>getProperty(Property.DTEND)
                .orElseThrow();
        assertThat(dtStart.getParameter(Parameter.TZID).map(Object::toString)).get().asString()
                .contains("Europe/Berlin");
        assertThat(dtStart.getDate().toInstant()).isEqualTo(start.toInstant());
        assertThat(dtStart.getDate().getHour()).isEqualTo(18);
        assertThat(dtEnd.getDate().toInstant()).isEqualTo(start.plusHours(2).toInstant());
        assertThat(vevent.getPropertyList().getProperty(Property.UID)).isPresent();
        assertThat(vevent.getProperties(Property.DTSTAMP)).as("RFC 5545: DTSTAMP once").hasSize(1);
        assertThat(vevent.getPropertyList().<Property>getProperty(Property.SUMMARY).orElseThrow().getValue())
                .isEqualTo("Netzwerktreffen Wirtschaft");
        assertThat(vevent.getPropertyList().<Property>getProperty(Property.LOCATION).orElseThrow().getValue())
                .isEqualTo("Rathaus Mitte, Saal 1");
        assertThat(vevent.getPropertyList().<Property>getProperty(Property.URL).orElseThrow().getValue())
                .isEqualTo("https://meet.berlin.de/kiez");
        assertThat(api.get("/api/v1/formats/" + id + "/calendar").text()).contains("SUMMARY:Netzwerktreffen");
        assertThat(api.get("/api/v1/formats/" + UUID.randomUUID() + ".ics").status()).isEqualTo(404);
    }

    @Test
    void theListShowsUpcomingFormatsSoonestFirstFilteredAndPagedByCursor() {
        String later = scheduled(format("Werkstatt später", "WORKSHOP", 5, 60, "[\"SCIENCE\"]"));
        String sooner = scheduled(format("Werkstatt früher", "WORKSHOP", 5, 30, "[\"SCIENCE\",\"PUBLIC\"]"));
        String otherGroup = scheduled(format("Werkstatt Staat", "WORKSHOP", 5, 45, "[\"STATE\"]"));

        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            HttpApi.Response page = api.get("/api/v1/formats?format=WORKSHOP&helixGroup=SCIENCE&limit=1"
                    + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(page.status()).as(page.text()).isEqualTo(200);
            assertThat(page.json().path("items").size()).isLessThanOrEqualTo(1);
            page.json().path("items").forEach(item -> seen.add(item.path("id").asString()));
            cursor = page.field("next");
        } while (cursor != null);

        assertThat(seen).containsSubsequence(sooner, later).doesNotContain(otherGroup);
        assertThat(api.get("/api/v1/formats?format=ARENA_SESSION&helixGroup=SCIENCE").json().path("items")
                .findValuesAsString("id")).doesNotContain(sooner, later);
        HttpApi.Response badCursor = api.get("/api/v1/formats?cursor=bm90LW91cnM");
        assertThat(badCursor.status()).isEqualTo(400);
        assertThat(badCursor.json().path("errors").findValuesAsString("field")).containsExactly("cursor");
    }

    /**
     * 20 citizens register at once for 3 seats: the seat ledger's conditional update gives exactly 3 seats and puts
     * 17 on the waiting list at places 1 to 17, each once.
     */
    @Test
    void concurrentRegistrationsForTheLastSeatsNeverOverbook() throws Exception {
        String id = scheduled(format("Arena der Ideen", "ARENA_SESSION", 3, 20, "[\"PUBLIC\"]"));
        int participants = 20;
        ExecutorService pool = Executors.newFixedThreadPool(participants);
        CountDownLatch ready = new CountDownLatch(participants);
        List<Future<HttpApi.Response>> answers = new ArrayList<>();
        try {
            for (int index = 0; index < participants; index++) {
                String participant = "racer-" + index + "-" + UUID.randomUUID();
                Callable<HttpApi.Response> registration = () -> {
                    ready.countDown();
                    ready.await();
                    return register(id, participant);
                };
                answers.add(pool.submit(registration));
            }
            List<HttpApi.Response> registered = new ArrayList<>();
            for (Future<HttpApi.Response> answer : answers) {
                registered.add(answer.get());
            }

            assertThat(registered).allSatisfy(answer -> assertThat(answer.status()).as(answer.text()).isEqualTo(201));
            assertThat(registered).filteredOn(answer -> "REGISTERED".equals(answer.field("status"))).hasSize(3)
                    .allSatisfy(answer -> assertThat(answer.field("waitingListPlace")).isNull());
            assertThat(registered).filteredOn(answer -> "WAITLISTED".equals(answer.field("status")))
                    .extracting(answer -> answer.json().path("waitingListPlace").asInt())
                    .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 17).boxed().toList());
        } finally {
            pool.shutdownNow();
        }
        HttpApi.Response format = api.get("/api/v1/formats/" + id);
        assertThat(format.json().path("seatsTaken").asInt()).isEqualTo(3);
        assertThat(format.json().path("seatsLeft").asInt()).isZero();
        assertThat(format.json().path("waitingListLength").asInt()).isEqualTo(17);
        assertThat(asUnitAdmin("mitte").get("/api/v1/formats/" + id + "/registrations").json()
                .findValuesAsString("status")).hasSize(20).filteredOn("REGISTERED"::equals).hasSize(3);
    }

    /**
     * The state a process leaves when it stops right after the ledger's write of a cancellation: the seat went to the
     * first on the waiting list, but neither registration says so. The ledger's pending promotion completes it.
     */
    @Test
    void aPromotionThatAStoppedProcessLeftUnfinishedIsCompletedAndTheCancellationByRepeatingIt() {
        String id = scheduled(format("Werkstatt Uferweg", "WORKSHOP", 1, 25, "[\"PUBLIC\"]"));
        String anna = "anna-" + UUID.randomUUID();
        String ben = "ben-" + UUID.randomUUID();
        HttpApi.Response annas = register(id, anna);
        HttpApi.Response bens = register(id, ben);
        DialogFormat ledger = formats.find(id).orElseThrow();
        assertThat(ledger.release(anna, Instant.now())).contains(ben);
        formats.save(ledger, List.of());
        String bensRegistration = "/api/v1/formats/" + id + "/registrations/" + bens.field("id");
        assertThat(asCitizen(ben).get(bensRegistration).field("status")).isEqualTo("WAITLISTED");

        promotions.completeUnfinished();
        promotions.completeUnfinished();

        assertThat(asCitizen(ben).get(bensRegistration).field("status")).isEqualTo("REGISTERED");
        assertThat(formats.find(id).orElseThrow().getPendingPromotions()).isEmpty();
        assertThat(events("berlin.gemeinsam.format.waitlist-promoted.v1", bens.field("id"), 1)).hasSize(1);
        String annasRegistration = "/api/v1/formats/" + id + "/registrations/" + annas.field("id");
        assertThat(asCitizen(anna).delete(annasRegistration).field("status")).isEqualTo("CANCELLED");
        HttpApi.Response format = api.get("/api/v1/formats/" + id);
        assertThat(format.json().path("seatsTaken").asInt()).isEqualTo(1);
        assertThat(format.json().path("waitingListLength").asInt()).isZero();
    }

    @Test
    void aCancelledSeatGoesToTheFirstOnTheWaitingListWhoIsToldByAnEvent() {
        String id = scheduled(format("Werkstatt Spreeufer", "WORKSHOP", 1, 25, "[\"CIVIL_SOCIETY\"]"));
        String anna = "anna-" + UUID.randomUUID();
        String ben = "ben-" + UUID.randomUUID();
        HttpApi.Response annas = register(id, anna);
        HttpApi.Response bens = register(id, ben);
        assertThat(annas.field("status")).isEqualTo("REGISTERED");
        assertThat(bens.field("status")).isEqualTo("WAITLISTED");
        assertThat(bens.json().path("waitingListPlace").asInt()).isEqualTo(1);

        HttpApi.Response twice = register(id, anna);
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.contentType()).startsWith("application/problem+json");
        assertThat(twice.field("detail")).isEqualTo("Anmeldung gibt es bereits.");

        String annasRegistration = "/api/v1/formats/" + id + "/registrations/" + annas.field("id");
        assertThat(asCitizen(ben).delete(annasRegistration).status()).isEqualTo(403);
        assertThat(asCitizen(ben).get(annasRegistration).status()).isEqualTo(404);
        assertThat(api.get(annasRegistration).status()).isEqualTo(404);

        HttpApi.Response cancelled = asCitizen(anna).delete(annasRegistration);
        assertThat(cancelled.status()).as(cancelled.text()).isEqualTo(200);
        assertThat(cancelled.field("status")).isEqualTo("CANCELLED");
        assertThat(asCitizen(anna).delete(annasRegistration).status()).isEqualTo(409);

        HttpApi.Response promoted = asCitizen(ben).get("/api/v1/formats/" + id + "/registrations/" + bens.field("id"));
        assertThat(promoted.field("status")).isEqualTo("REGISTERED");
        assertThat(promoted.field("waitingListPlace")).isNull();
        assertThat(api.get("/api/v1/formats/" + id).json().path("seatsLeft").asInt()).isZero();

        ConsumerRecord<String, String> promotion = events("berlin.gemeinsam.format.waitlist-promoted.v1",
                bens.field("id"), 1).get(0);
        assertThat(EventSchemas.violations("berlin.gemeinsam.format.waitlist-promoted.v1", promotion.value()))
                .isEmpty();
        JsonNode data = JSON.readTree(promotion.value());
        assertThat(data.path("participantId").asString()).isEqualTo(ben);
        assertThat(data.path("formatId").asString()).isEqualTo(id);
        ConsumerRecord<String, String> registered = events("berlin.gemeinsam.format.registered.v1",
                annas.field("id"), 1).get(0);
        assertThat(EventSchemas.violations("berlin.gemeinsam.format.registered.v1", registered.value())).isEmpty();
        assertThat(JSON.readTree(registered.value()).properties()).extracting(Map.Entry::getKey)
                .containsExactlyInAnyOrder("registrationId", "formatId", "unit", "participantId", "status",
                        "waitingListPlace", "registeredAt");
        assertThat(EventSchemas.violations("berlin.gemeinsam.format.registration-cancelled.v1",
                events("berlin.gemeinsam.format.registration-cancelled.v1", annas.field("id"), 1).get(0).value()))
                .isEmpty();

        HttpApi.Response attendance = asUnitAdmin("mitte").send("PUT",
                "/api/v1/formats/" + id + "/registrations/" + bens.field("id") + "/attendance",
                "{\"attendance\":\"ATTENDED\"}", Map.of("Content-Type", "application/json"));
        assertThat(attendance.status()).isEqualTo(409);
        assertThat(attendance.field("detail")).contains("record attendance");
    }

    @Test
    void changesNeedTheCurrentVersionAndACancellationTellsEverybodyRegistered() {
        String json = format("Online-Konsultation Radwege", "ONLINE_CONSULTATION", 2, 35, "[]");
        String id = scheduled(json);
        String carla = "carla-" + UUID.randomUUID();
        register(id, carla);
        String path = "/api/v1/formats/" + id;
        String changedJson = json.replace("\"capacity\":2", "\"capacity\":5");

        HttpApi.Response stale = asUnitAdmin("mitte").send("PUT", path, changedJson,
                Map.of("Content-Type", "application/json", "If-Match", "\"0\""));
        assertThat(stale.status()).isEqualTo(412);
        HttpApi.Response changed = asUnitAdmin("mitte").send("PUT", path, changedJson,
                Map.of("Content-Type", "application/json", "If-Match", api.get(path).headers().firstValue("ETag")
                        .orElseThrow()));
        assertThat(changed.status()).as(changed.text()).isEqualTo(200);
        assertThat(changed.json().path("capacity").asInt()).isEqualTo(5);
        assertThat(changed.json().path("seatsLeft").asInt()).isEqualTo(4);

        HttpApi.Response cancelled = asUnitAdmin("mitte").post(path + "/cancel", "{\"reason\":\"Server-Wartung\"}");
        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.field("status")).isEqualTo("CANCELLED");
        assertThat(cancelled.field("cancellationReason")).isEqualTo("Server-Wartung");
        assertThat(register(id, "late-" + UUID.randomUUID()).status()).isEqualTo(409);
        assertThat(asUnitAdmin("mitte").get(path + "/history").json().findValuesAsString("change"))
                .containsExactly("schedule", "change", "cancel");

        ConsumerRecord<String, String> event = events("berlin.gemeinsam.format.cancelled.v1", id, 1).get(0);
        assertThat(EventSchemas.violations("berlin.gemeinsam.format.cancelled.v1", event.value())).isEmpty();
        assertThat(JSON.readTree(event.value()).path("participantIds").size()).isEqualTo(1);
        assertThat(event.value()).contains(carla, "Server-Wartung");
        assertThat(EventSchemas.violations("berlin.gemeinsam.format.changed.v1",
                events("berlin.gemeinsam.format.changed.v1", id, 1).get(0).value())).isEmpty();
    }

    @Test
    void afterTheDeadlineNobodyRegistersAndAfterTheStartTheUnitRecordsAttendance() {
        HttpApi.Response scheduled = schedule(format("Werkstatt Schulhof", "WORKSHOP", 5, 3, "[\"CIVIL_SOCIETY\"]"));
        String id = scheduled.field("id");
        Instant deadline = OffsetDateTime.parse(scheduled.field("registrationDeadline")).toInstant();
        Instant start = OffsetDateTime.parse(scheduled.field("start")).toInstant();
        String dilek = "dilek-" + UUID.randomUUID();
        HttpApi.Response dileks = register(id, dilek);
        assertThat(dileks.field("status")).isEqualTo("REGISTERED");
        String attendancePath = "/api/v1/formats/" + id + "/registrations/" + dileks.field("id") + "/attendance";

        clock.advance(Duration.between(clock.instant(), deadline).plusMinutes(1));
        HttpApi.Response late = register(id, "emil-" + UUID.randomUUID());
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.contentType()).startsWith("application/problem+json");
        assertThat(late.field("detail")).contains("registration closed", "register");

        clock.advance(Duration.between(clock.instant(), start).plusMinutes(1));
        assertThat(asCitizen(dilek).send("PUT", attendancePath, "{\"attendance\":\"ATTENDED\"}",
                Map.of("Content-Type", "application/json")).status()).isEqualTo(403);
        HttpApi.Response attended = asUnitAdmin("mitte").send("PUT", attendancePath,
                "{\"attendance\":\"ATTENDED\"}", Map.of("Content-Type", "application/json"));
        assertThat(attended.status()).as(attended.text()).isEqualTo(200);
        assertThat(attended.field("attendance")).isEqualTo("ATTENDED");
        assertThat(asCitizen(dilek).delete("/api/v1/formats/" + id + "/registrations/" + dileks.field("id"))
                .status()).isEqualTo(409);

        ConsumerRecord<String, String> recorded = events("berlin.gemeinsam.format.attendance-recorded.v1",
                dileks.field("id"), 1).get(0);
        assertThat(EventSchemas.violations("berlin.gemeinsam.format.attendance-recorded.v1", recorded.value()))
                .isEmpty();
        assertThat(JSON.readTree(recorded.value()).path("attendance").asString()).isEqualTo("ATTENDED");
    }

    @Test
    void badInputIsA400NamingEachFieldAndStoresNothing() {
        long before = mongo.getCollection("dialogFormat").countDocuments();
        String good = format("Werkstatt", "WORKSHOP", 10, 30, "[\"STATE\"]");
        JsonNode parsed = JSON.readTree(good);
        String start = parsed.path("start").asString();
        String startMinusHour = OffsetDateTime.parse(start).minusHours(1).toString();
        String startPlusDay = OffsetDateTime.parse(start).plusDays(1).toString();

        HttpApi.Response several = schedule(good
                .replace("\"end\":\"" + parsed.path("end").asString() + "\"", "\"end\":\"" + startMinusHour + "\"")
                .replace("\"registrationDeadline\":\"" + parsed.path("registrationDeadline").asString() + "\"",
                        "\"registrationDeadline\":\"" + startPlusDay + "\"")
                .replace("\"capacity\":10", "\"capacity\":0")
                .replace("https://meet.berlin.de/kiez", "http://meet.berlin.de/kiez"));
        assertThat(several.status()).as(several.text()).isEqualTo(400);
        assertThat(several.contentType()).startsWith("application/problem+json");
        assertThat(several.json().path("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("capacity", "end", "onlineLink", "registrationDeadline");
        assertThat(several.json().path("errors").findValuesAsString("message"))
                .contains("muss nach dem Beginn liegen", "muss vor dem Beginn liegen", "muss ein https-Link sein");
        assertThat(asUnitAdmin("mitte").inLanguage("en").post("/api/v1/formats", good
                .replace("\"capacity\":10", "\"capacity\":0")).json().path("errors").get(0).path("field").asString())
                .isEqualTo("capacity");

        HttpApi.Response unknownGroup = schedule(good.replace("[\"STATE\"]", "[\"ALIENS\"]"));
        assertThat(unknownGroup.status()).isEqualTo(400);
        assertThat(unknownGroup.json().path("errors").findValuesAsString("field")).containsExactly("helixGroups[0]");
        HttpApi.Response unknownType = schedule(good.replace("\"WORKSHOP\"", "\"PARTY\""));
        assertThat(unknownType.status()).isEqualTo(400);
        assertThat(unknownType.json().path("errors").findValuesAsString("field")).containsExactly("format");
        assertThat(unknownType.json().path("errors").get(0).path("message").asString())
                .contains("WORKSHOP, ONLINE_CONSULTATION, ARENA_SESSION, NETWORK_MEETING");
        HttpApi.Response nowhere = schedule(good.replace("\"place\":\"Rathaus Mitte, Saal 1\",", "")
                .replace("\"onlineLink\":\"https://meet.berlin.de/kiez\",", ""));
        assertThat(nowhere.status()).isEqualTo(400);
        assertThat(nowhere.json().path("errors").findValuesAsString("field")).containsExactly("place");
        HttpApi.Response noTime = schedule(good.replace(start, "morgen um sechs"));
        assertThat(noTime.status()).isEqualTo(400);
        assertThat(noTime.json().path("errors").findValuesAsString("field")).containsExactly("start");
        HttpApi.Response markup = schedule(good.replace("\"title\":\"Werkstatt\"", "\"title\":\"<b>Werkstatt</b>\"")
                .replace("Rathaus Mitte, Saal 1", "<a href=x>Rathaus</a>"));
        assertThat(markup.status()).isEqualTo(400);
        assertThat(markup.json().path("errors").findValuesAsString("field")).containsExactlyInAnyOrder("title", "place");

        assertThat(mongo.getCollection("dialogFormat").countDocuments()).isEqualTo(before);
    }

    @Test
    void aLocalTimeWithoutOffsetIsBerlinTime() {
        String good = format("Werkstatt Ortszeit", "WORKSHOP", 10, 30, "[]");
        JsonNode parsed = JSON.readTree(good);
        String withoutOffsets = good;
        for (String field : List.of("start", "end", "registrationDeadline")) {
            String time = parsed.path(field).asString();
            withoutOffsets = withoutOffsets.replace(time, OffsetDateTime.parse(time).toLocalDateTime().toString());
        }

        HttpApi.Response scheduled = schedule(withoutOffsets);

        assertThat(scheduled.status()).as(scheduled.text()).isEqualTo(201);
        assertThat(OffsetDateTime.parse(scheduled.field("start")).toInstant())
                .isEqualTo(OffsetDateTime.parse(parsed.path("start").asString()).toInstant());
        assertThat(OffsetDateTime.parse(scheduled.field("start")).getHour()).isEqualTo(18);
    }

    @Test
    void aRegistrantFollowsTheFormatOnceUnlessTheyOptOut() {
        String id = scheduled(format("Werkstatt Ufer", "WORKSHOP", 5, 20, "[]"));
        String follows = "follows-" + UUID.randomUUID();
        String optsOut = "opts-out-" + UUID.randomUUID();
        String registration = register(id, follows).field("id");
        assertThat(asCitizen(follows).delete("/api/v1/formats/" + id + "/registrations/" + registration).status())
                .isEqualTo(200);
        assertThat(register(id, follows).status()).isEqualTo(201);
        String optedOut = asCitizen(optsOut).post("/api/v1/formats/" + id + "/registrations",
                "{\"follow\":false}").field("id");

        List<ConsumerRecord<String, String>> followed = events("berlin.gemeinsam.follow.requested.v1", registration, 1);
        JsonNode data = JSON.readTree(followed.get(0).value());
        assertThat(data.path("subscriberId").asString()).isEqualTo(follows);
        assertThat(data.path("targetType").asString()).isEqualTo("FORMAT");
        assertThat(data.path("targetId").asString()).isEqualTo(id);
        assertThat(data.path("reason").asString()).isEqualTo("REGISTRATION");
        // registering again after the cancellation asks for no second follow; the events up to it show one
        assertThat(KafkaTestClient.read(TOPIC, record -> registration.equals(record.key()), 4, Duration.ofSeconds(30)))
                .extracting(record -> KafkaTestClient.header(record, "ce_type")).containsExactly(
                        "berlin.gemeinsam.format.registered.v1", "berlin.gemeinsam.follow.requested.v1",
                        "berlin.gemeinsam.format.registration-cancelled.v1", "berlin.gemeinsam.format.registered.v1");
        assertThat(KafkaTestClient.readUntil(TOPIC, record -> optedOut.equals(record.key()), Duration.ofSeconds(30)))
                .extracting(record -> KafkaTestClient.header(record, "ce_type"))
                .containsExactly("berlin.gemeinsam.format.registered.v1");
    }
}
