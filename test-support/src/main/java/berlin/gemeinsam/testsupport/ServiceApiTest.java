package berlin.gemeinsam.testsupport;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A test of a service through its REST API, on the JVM's shared broker and store. */
@ServiceIntegrationTest
public abstract class ServiceApiTest {

    @LocalServerPort
    private int port;

    protected HttpApi api;

    @BeforeEach
    protected void connectToTheService() {
        api = HttpApi.on(port);
    }
}
