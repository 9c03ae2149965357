package berlin.gemeinsam.ideas.web;

import berlin.gemeinsam.testsupport.HttpApi;
import berlin.gemeinsam.testsupport.ServiceApiTest;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Input that used to slip through: each is a 400 problem naming the field, and nothing is stored. */
class BadInputIntegrationTest extends ServiceApiTest {

    @Autowired
    MongoTemplate mongo;

    private long storedIdeas() {
        return mongo.getCollection("idea").countDocuments();
    }

    private long storedIdeasTitled(String title) {
        return mongo.getCollection("idea").countDocuments(new Document("title", title));
    }

    private HttpApi.Response submit(String author, String json) {
        return asCitizen(author).post("/api/v1/ideas", json);
    }

    private static void assertRejected(HttpApi.Response answer, String field) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().path("errors").findValuesAsString("field")).as(answer.text()).containsExactly(field);
    }

    private static String message(HttpApi.Response answer) {
        return answer.json().path("errors").get(0).path("message").asString();
    }

    @Test
    void aPropertyGivenTwiceIsRejectedNamingItRatherThanTheLastOneWinning() {
        long before = storedIdeas();

        HttpApi.Response twice = submit("c-dup", """
                {"title":"Harmloser Titel","problem":"Doppelte Schlüssel","title":"Anderer Titel"}""");

        assertRejected(twice, "title");
        assertThat(message(twice)).isEqualTo("kommt mehrfach vor");
        assertThat(message(asCitizen("c-dup").inLanguage("en").post("/api/v1/ideas", """
                {"title":"a","problem":"b","problem":"c"}"""))).isEqualTo("is given more than once");
        assertThat(storedIdeas()).isEqualTo(before);
    }

    @Test
    void numbersAndBooleansAreNoText() {
        long before = storedIdeas();

        assertRejected(submit("c-num", "{\"title\":12345,\"problem\":\"Zahlen als Titel\"}"), "title");
        assertRejected(submit("c-num", "{\"title\":\"Wahr\",\"problem\":true}"), "problem");
        assertRejected(submit("c-num", "{\"title\":\"Komma\",\"problem\":\"p\",\"category\":1.5}"), "category");

        assertThat(storedIdeas()).isEqualTo(before);
    }

    @Test
    void textsWithControlCharactersHalfCharactersOrNothingVisibleAreRejected() {
        long before = storedIdeas();

        HttpApi.Response control = submit("c-text", "{\"title\":\"A\\u0000B\",\"problem\":\"Nullzeichen\"}");
        assertRejected(control, "title");
        assertThat(message(control)).startsWith("enthält unzulässige Zeichen");
        assertRejected(submit("c-text", "{\"title\":\"Halbes Zeichen\",\"problem\":\"\\uD800\"}"), "problem");
        assertRejected(submit("c-text", "{\"title\":\"C1\",\"problem\":\"p\",\"category\":\"Stadt\\u0085raum\"}"),
                "category");
        HttpApi.Response zeroWidth = submit("c-text", "{\"title\":\"\\u200B\",\"problem\":\"Unsichtbarer Titel\"}");
        assertRejected(zeroWidth, "title");
        assertThat(message(zeroWidth)).isEqualTo("muss sichtbare Zeichen enthalten");
        assertRejected(submit("c-text", "{\"title\":\"Unsichtbares Problem\",\"problem\":\"\\u00A0\\u3000\"}"),
                "problem");
        assertRejected(submit("c-text", "{\"title\":\"t\",\"problem\":\"p\",\"proposal\":\"\\u200D\\uFEFF\"}"),
                "proposal");
        assertThat(message(asCitizen("c-text").inLanguage("en").post("/api/v1/ideas",
                "{\"title\":\"\\u2060\",\"problem\":\"p\"}"))).isEqualTo("must contain visible characters");

        assertThat(storedIdeas()).isEqualTo(before);
    }

    @Test
    void lineBreaksInAProblemAndCharactersBeyondTheBasicPlaneAreText() {
        String title = "Bäume 🌳 " + UUID.randomUUID();

        HttpApi.Response created = submit("c-lines", """
                {"title":"%s","problem":"Erste Zeile\\r\\nzweite Zeile\\n\\tEinzug"}""".formatted(title));

        assertThat(created.status()).as(created.text()).isEqualTo(201);
        HttpApi.Response read = asCitizen("c-lines").get("/api/v1/ideas/" + created.field("id"));
        assertThat(read.field("title")).isEqualTo(title);
        assertThat(read.field("problem")).isEqualTo("Erste Zeile\r\nzweite Zeile\n\tEinzug");
    }

    @Test
    void aPageFarBeyondTheLastIsEmptyRatherThanTheFirst() {
        assertThat(submit("c-page", "{\"title\":\"Seite\",\"problem\":\"Es gibt Ideen\"}").status()).isEqualTo(201);

        HttpApi.Response far = asModerator("mitte").get("/api/v1/ideas?page=2147483647&size=100");

        assertThat(far.status()).isEqualTo(200);
        assertThat(far.json().path("items")).isEmpty();
        assertThat(far.json().path("page").asInt()).isEqualTo(Integer.MAX_VALUE);
        assertThat(far.json().path("totalItems").asLong()).isPositive();
    }

    @Test
    void anIdempotencyKeyReusedWithAnotherRequestIsA422AndTheOtherRequestIsNotStored() {
        String key = UUID.randomUUID().toString();
        String first = "Erste Fassung " + key;
        String second = "Zweite Fassung " + key;
        HttpApi.Response created = asCitizen("c-key").post("/api/v1/ideas", """
                {"title":"%s","problem":"Ein Problem"}""".formatted(first), "Idempotency-Key", key);
        assertThat(created.status()).isEqualTo(201);

        HttpApi.Response reused = asCitizen("c-key").post("/api/v1/ideas", """
                {"title":"%s","problem":"Ein Problem"}""".formatted(second), "Idempotency-Key", key);

        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.contentType()).startsWith("application/problem+json");
        assertThat(reused.field("title")).isEqualTo("Idempotency-Key schon verwendet");
        assertThat(storedIdeasTitled(second)).isZero();
        assertThat(asCitizen("c-key").get("/api/v1/ideas/" + created.field("id")).field("title")).isEqualTo(first);
        // the same request again, spaced and ordered differently, is still the same request
        HttpApi.Response repeated = asCitizen("c-key").post("/api/v1/ideas", """
                { "problem" : "Ein Problem", "title" : "%s" }""".formatted(first), "Idempotency-Key", key);
        assertThat(repeated.status()).isEqualTo(200);
        assertThat(repeated.field("id")).isEqualTo(created.field("id"));
        assertThat(storedIdeasTitled(first)).isEqualTo(1);
    }

    @Test
    void anEmptyOrOverlongIdempotencyKeyIsA400NamingTheHeader() {
        long before = storedIdeas();
        String body = "{\"title\":\"Schlüssel\",\"problem\":\"Leerer Schlüssel\"}";

        HttpApi.Response empty = asCitizen("c-key").post("/api/v1/ideas", body, "Idempotency-Key", "");
        HttpApi.Response overlong = asCitizen("c-key").post("/api/v1/ideas", body, "Idempotency-Key", "k".repeat(101));

        for (HttpApi.Response answer : List.of(empty, overlong)) {
            assertRejected(answer, "Idempotency-Key");
        }
        assertThat(storedIdeas()).isEqualTo(before);
    }
}
