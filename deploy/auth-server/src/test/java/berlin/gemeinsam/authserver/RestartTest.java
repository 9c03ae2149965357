package berlin.gemeinsam.authserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.oauth2.jwt.Jwt;

/** The local stack restarts often; tokens developers already hold must stay valid, with the default issuer. */
class RestartTest {

    @TempDir
    Path dataDir;

    @Test
    void aTokenIssuedBeforeARestartIsStillAcceptedAfterIt() throws IOException {
        int port = freePort();
        String expectedIssuer = "http://127.0.0.1:" + port;
        TokenHttp http = new TokenHttp(expectedIssuer);

        String token;
        try (ConfigurableApplicationContext first = start(port)) {
            token = http.accessToken("admin-pankow");
            assertThat(http.verify(token, expectedIssuer).getSubject()).isEqualTo("admin-pankow");
        }
        try (ConfigurableApplicationContext second = start(port)) {
            Jwt jwt = http.verify(token, expectedIssuer);

            assertThat(jwt.getIssuer()).hasToString(expectedIssuer);
            assertThat(jwt.getClaimAsString("unit")).isEqualTo("pankow");
            assertThat(http.getJson("/.well-known/openid-configuration").get("issuer").asString())
                    .isEqualTo(expectedIssuer);
        }
    }

    private ConfigurableApplicationContext start(int port) {
        return new SpringApplicationBuilder(AuthServerApplication.class)
                .run("--server.port=" + port,
                        "--gemeinsam.auth-server.key-file=" + dataDir.resolve("signing-key.json"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
