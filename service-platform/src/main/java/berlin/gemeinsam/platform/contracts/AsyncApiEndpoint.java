package berlin.gemeinsam.platform.contracts;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Serves the AsyncAPI document of the event catalogue, as the build wrote it into service-platform's jar. */
@RestController
class AsyncApiEndpoint {

    static final String PATH = "/asyncapi.json";

    private final byte[] document;

    AsyncApiEndpoint() {
        try (InputStream in = AsyncApiDocument.class.getResourceAsStream(AsyncApiDocument.RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("service-platform carries no " + AsyncApiDocument.RESOURCE);
            }
            document = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> asyncApi() {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(document);
    }
}
