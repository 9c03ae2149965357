package berlin.gemeinsam.authserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.nimbusds.jose.jwk.JWK;

import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TokenEndpointTest {

    private static final String ISSUER = "http://issuer.gemeinsam.test:9000";
    private static final String WEB_REDIRECT = "http://127.0.0.1:8080/login/oauth2/code/gemeinsam";

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("gemeinsam.security.issuer", () -> ISSUER);
        registry.add("gemeinsam.auth-server.key-file", () -> keyFile().toString());
    }

    @LocalServerPort
    int port;

    TokenHttp http;

    @BeforeEach
    void client() {
        http = new TokenHttp("http://127.0.0.1:" + port);
    }

    /** The demo accounts of the security contract, independent of how the server is configured. */
    static Stream<Arguments> demoAccounts() {
        return Stream.of(
                Arguments.of("anna", List.of("CITIZEN"), null),
                Arguments.of("ben", List.of("CITIZEN"), null),
                Arguments.of("carla", List.of("CITIZEN"), null),
                Arguments.of("moderator-mitte", List.of("MODERATOR"), "mitte"),
                Arguments.of("moderator-pankow", List.of("MODERATOR"), "pankow"),
                Arguments.of("admin-mitte", List.of("UNIT_ADMIN"), "mitte"),
                Arguments.of("admin-pankow", List.of("UNIT_ADMIN"), "pankow"),
                Arguments.of("central-office", List.of("CENTRAL_OFFICE"), "central"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("demoAccounts")
    void issuesAVerifiableTokenWithTheContractClaims(String account, List<String> roles, String unit) {
        HttpResponse<String> response = http.requestToken(account, TokenHttp.DEMO_SECRET);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = TokenHttp.json(response.body());
        assertThat(body.get("token_type").asString()).isEqualTo("Bearer");
        assertThat(body.get("expires_in").asLong()).isBetween(890L, 900L);

        Jwt jwt = http.verify(body.get("access_token").asString(), ISSUER);
        assertThat(jwt.getHeaders()).containsEntry("alg", "RS256");
        assertThat(jwt.getIssuer()).hasToString(ISSUER);
        assertThat(jwt.getAudience()).containsExactly("gemeinsam");
        assertThat(jwt.getSubject()).isEqualTo(account);
        assertThat(jwt.getClaimAsStringList("roles")).containsExactlyElementsOf(roles);
        if (unit == null) {
            assertThat(jwt.hasClaim("unit")).as("citizens carry no unit").isFalse();
        } else {
            assertThat(jwt.getClaimAsString("unit")).isEqualTo(unit);
        }
        assertThat(Duration.between(jwt.getIssuedAt(), jwt.getExpiresAt())).isEqualTo(Duration.ofMinutes(15));
        assertThat(jwt.getIssuedAt()).isBetween(Instant.now().minusSeconds(60), Instant.now().plusSeconds(5));
    }

    @Test
    void aPersonSignsInOnTheLoginPageAndTheWebClientGetsTheirTokenWithPkce() {
        String verifier = "a-verifier-of-at-least-forty-three-characters-0123456789";

        HttpResponse<String> answer = http.signIn("moderator-mitte", TokenHttp.DEMO_SECRET, WEB_REDIRECT, verifier);

        String location = answer.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(WEB_REDIRECT + "?code=").contains("state=s1");
        String code = location.replaceAll(".*[?&]code=([^&]+).*", "$1");
        HttpResponse<String> tokens = http.exchange(code, WEB_REDIRECT, verifier);
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        JsonNode body = TokenHttp.json(tokens.body());
        Jwt access = http.verify(body.get("access_token").asString(), ISSUER);
        assertThat(access.getSubject()).isEqualTo("moderator-mitte");
        assertThat(access.getAudience()).containsExactly("gemeinsam");
        assertThat(access.getClaimAsStringList("roles")).containsExactly("MODERATOR");
        assertThat(access.getClaimAsString("unit")).isEqualTo("mitte");
        Jwt id = http.verify(body.get("id_token").asString(), ISSUER);
        assertThat(id.getSubject()).isEqualTo("moderator-mitte");
        assertThat(id.getAudience()).containsExactly("web");
        assertThat(id.getClaimAsStringList("roles")).containsExactly("MODERATOR");
        assertThat(body.has("refresh_token")).isTrue();
    }

    @Test
    void theWebClientMustSendAPkceChallenge() {
        HttpResponse<String> answer = http.signIn("anna", TokenHttp.DEMO_SECRET, WEB_REDIRECT, null);

        assertThat(answer.headers().firstValue("Location").orElseThrow())
                .startsWith(WEB_REDIRECT + "?error=invalid_request");
    }

    @Test
    void aWrongPasswordShowsTheLoginPageAgainWithAnError() {
        HttpResponse<String> answer = http.signIn("anna", "not-the-demo-secret", WEB_REDIRECT, "v".repeat(43));

        assertThat(answer.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
        assertThat(http.getHtml("/login?error")).contains("<html lang=\"de\">").contains("role=\"alert\"")
                .contains("<label for=\"username\">").contains("moderator-mitte");
    }

    @Test
    void rejectsAWrongSecret() {
        HttpResponse<String> response = http.requestToken("anna", "not-the-demo-secret");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(TokenHttp.json(response.body()).get("error").asString()).isEqualTo("invalid_client");
    }

    @Test
    void rejectsAnUnknownClient() {
        HttpResponse<String> response = http.requestToken("mallory", TokenHttp.DEMO_SECRET);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(TokenHttp.json(response.body()).get("error").asString()).isEqualTo("invalid_client");
    }

    @Test
    void discoveryNamesTheConfiguredIssuerAndItsKeys() {
        JsonNode discovery = http.getJson("/.well-known/openid-configuration");

        assertThat(discovery.get("issuer").asString()).isEqualTo(ISSUER);
        assertThat(discovery.get("jwks_uri").asString()).isEqualTo(ISSUER + "/oauth2/jwks");
        assertThat(discovery.get("token_endpoint").asString()).isEqualTo(ISSUER + "/oauth2/token");
    }

    @Test
    void servesOnlyThePublicHalfOfThePersistedKey() throws Exception {
        JsonNode keys = http.getJson("/oauth2/jwks").get("keys");

        assertThat(keys).hasSize(1);
        JsonNode served = keys.get(0);
        assertThat(served.get("kty").asString()).isEqualTo("RSA");
        assertThat(served.get("alg").asString()).isEqualTo("RS256");
        for (String privatePart : List.of("d", "p", "q", "dp", "dq", "qi")) {
            assertThat(served.has(privatePart)).as("private key part %s served", privatePart).isFalse();
        }
        JWK persisted = JWK.parse(Files.readString(keyFile()));
        assertThat(served.get("kid").asString()).isEqualTo(persisted.getKeyID());
        assertThat(served.get("n").asString()).isEqualTo(persisted.toRSAKey().getModulus().toString());
    }

    private static Path keyFile() {
        return dataDir.resolve("auth-server").resolve("signing-key.json");
    }
}
