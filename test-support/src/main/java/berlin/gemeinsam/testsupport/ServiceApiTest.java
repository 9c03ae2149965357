package berlin.gemeinsam.testsupport;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A test of a service through its REST API, on the JVM's shared broker and store. */
@ServiceIntegrationTest
public abstract class ServiceApiTest {

    @LocalServerPort
    private int port;

    /** The API without a token, as anybody on the internet calls it. */
    protected HttpApi api;

    @BeforeEach
    protected void connectToTheService() {
        api = HttpApi.on(port);
    }

    protected HttpApi asCitizen(String participantId) {
        return api.withToken(TestIssuer.get().citizen(participantId));
    }

    protected HttpApi asModerator(String unit) {
        return api.withToken(TestIssuer.get().moderator(unit));
    }

    protected HttpApi asUnitAdmin(String unit) {
        return api.withToken(TestIssuer.get().unitAdmin(unit));
    }

    protected HttpApi asCentralOffice() {
        return api.withToken(TestIssuer.get().centralOffice());
    }
}
