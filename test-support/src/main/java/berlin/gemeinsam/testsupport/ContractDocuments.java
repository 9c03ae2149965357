package berlin.gemeinsam.testsupport;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.fail;

/**
 * The contract documents committed under {@code docs/} (OpenAPI of each service, AsyncAPI of the events): a test
 * fails when the code's document and the committed one differ in content (key order and whitespace do not count),
 * so that a change of contract shows in review. With {@code -Dgemeinsam.contracts.write=true} the test writes the
 * code's document over the committed one instead.
 */
public final class ContractDocuments {

    /** The system property that makes the tests rewrite the committed documents. */
    public static final String WRITE = "gemeinsam.contracts.write";

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final int SHOWN = 300;

    private ContractDocuments() {
    }

    /**
     * Checks the document against the committed file, or writes it there when {@value #WRITE} is true.
     *
     * @param committed the file, relative to the repository's root, e.g. {@code docs/openapi/ideas-service.json}
     * @param document  the document as the code produces it (JSON)
     * @param module    the Maven module whose test this is, for the command that regenerates the file
     */
    public static void assertCommitted(String committed, String document, String module) {
        Path file = repositoryRoot().resolve(committed);
        JsonNode actual = JSON.readTree(document);
        if (Boolean.getBoolean(WRITE)) {
            write(file, actual);
            return;
        }
        String regenerate = "If the change is meant, regenerate the committed document and commit it: ./mvnw -pl "
                + module + " -am verify -Dtest='" + testPattern(module)
                + "' -Dsurefire.failIfNoSpecifiedTests=false -D" + WRITE + "=true";
        if (!Files.exists(file)) {
            fail(committed + " is not committed. " + regenerate);
        }
        JsonNode expected = JSON.readTree(read(file));
        Optional<String> difference = firstDifference("", expected, actual);
        if (difference.isPresent()) {
            fail(committed + " differs from the document of the code at " + difference.get() + ". " + regenerate);
        }
    }

    /** The JSON pointer of the first place where the two differ, with both values there. */
    static Optional<String> firstDifference(String pointer, JsonNode expected, JsonNode actual) {
        if (expected.equals(actual)) {
            return Optional.empty();
        }
        if (expected.isObject() && actual.isObject()) {
            Set<String> names = new TreeSet<>(expected.propertyNames());
            names.addAll(actual.propertyNames());
            for (String name : names) {
                Optional<String> difference = firstDifference(pointer + "/" + escape(name),
                        expected.path(name), actual.path(name));
                if (difference.isPresent()) {
                    return difference;
                }
            }
        }
        if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
            Iterator<JsonNode> expectedItems = expected.iterator();
            Iterator<JsonNode> actualItems = actual.iterator();
            for (int index = 0; expectedItems.hasNext(); index++) {
                Optional<String> difference = firstDifference(pointer + "/" + index, expectedItems.next(),
                        actualItems.next());
                if (difference.isPresent()) {
                    return difference;
                }
            }
        }
        return Optional.of((pointer.isEmpty() ? "/" : pointer) + ": committed " + shown(expected)
                + ", the code's " + shown(actual));
    }

    private static String shown(JsonNode node) {
        String text = node.isMissingNode() ? "(nothing)" : node.toString();
        return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "…";
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    private static String testPattern(String module) {
        return "service-platform".equals(module) ? "AsyncApiDocumentTest" : "ContractDocumentsIntegrationTest";
    }

    /** The folder of the reactor's root: the nearest one above the working directory that holds {@code mvnw}. */
    private static Path repositoryRoot() {
        for (Path folder = Path.of("").toAbsolutePath(); folder != null; folder = folder.getParent()) {
            if (Files.exists(folder.resolve("mvnw")) && Files.isDirectory(folder.resolve("event-contracts"))) {
                return folder;
            }
        }
        throw new IllegalStateException("no repository root above " + Path.of("").toAbsolutePath());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, JsonNode document) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, JSON.writeValueAsString(document) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
