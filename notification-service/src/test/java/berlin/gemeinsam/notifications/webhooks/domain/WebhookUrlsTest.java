package berlin.gemeinsam.notifications.webhooks.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WebhookUrlsTest {

    private static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(literal, e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1", "127.0.0.1", "127.8.9.10",
            "169.254.169.254", "0.0.0.0", "0.1.2.3", "100.64.0.1", "100.127.255.254", "224.0.0.1", "239.1.2.3",
            "255.255.255.255", "240.0.0.1", "::", "::1", "fe80::1", "fc00::1", "fd12:3456:789a::1", "ff02::1",
            "fec0::1", "::ffff:10.0.0.1", "::ffff:127.0.0.1", "::10.0.0.1", "64:ff9b::a9fe:a9fe",
            "::ffff:169.254.169.254"})
    void internalAddressesAreNotCalled(String literal) {
        assertThat(WebhookUrls.isForbidden(address(literal), false)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.215.14", "8.8.8.8", "100.63.255.255", "100.128.0.1", "172.15.0.1", "172.32.0.1",
            "192.0.2.10", "2001:db8::1", "2a00:1450:4001::200e", "::ffff:93.184.215.14", "64:ff9b::808:808"})
    void publicAddressesAreCalled(String literal) {
        assertThat(WebhookUrls.isForbidden(address(literal), false)).isFalse();
    }

    @Test
    void loopbackIsCalledOnlyWhereAllowedAndNothingElseInternalIs() {
        assertThat(WebhookUrls.isForbidden(address("127.0.0.1"), true)).isFalse();
        assertThat(WebhookUrls.isForbidden(address("::1"), true)).isFalse();
        assertThat(WebhookUrls.isForbidden(address("::ffff:127.0.0.1"), true)).isFalse();
        assertThat(WebhookUrls.isForbidden(address("10.0.0.1"), true)).isTrue();
        assertThat(WebhookUrls.isForbidden(address("169.254.169.254"), true)).isTrue();
        assertThat(WebhookUrls.isForbidden(address("fd00::1"), true)).isTrue();
    }

    @Test
    void aHostWithOneInternalAddressAmongPublicOnesIsNotCalled() {
        URI url = URI.create("https://hooks.example.org/in");

        assertThat(WebhookUrls.check(url, List.of(address("93.184.215.14"), address("10.0.0.7")), false))
                .contains(UrlRejection.FORBIDDEN_ADDRESS);
        assertThat(WebhookUrls.check(url, List.of(address("93.184.215.14")), false)).isEmpty();
        assertThat(WebhookUrls.check(url, List.of(), false)).contains(UrlRejection.UNRESOLVABLE);
    }

    @Test
    void onlyHttpsIsCalledAndPlainHttpOnlyToAllowedLoopback() throws RejectedUrlException {
        assertThat(WebhookUrls.parse("https://hooks.example.org/in?key=1", false).getHost())
                .isEqualTo("hooks.example.org");
        assertThatThrownBy(() -> WebhookUrls.parse("http://hooks.example.org/in", false))
                .isInstanceOfSatisfying(RejectedUrlException.class,
                        rejected -> assertThat(rejected.rejection()).isEqualTo(UrlRejection.NOT_HTTPS));
        URI plain = WebhookUrls.parse("http://hooks.example.org/in", true);
        assertThat(WebhookUrls.check(plain, List.of(address("93.184.215.14")), true))
                .contains(UrlRejection.NOT_HTTPS);
        URI local = WebhookUrls.parse("http://127.0.0.1:8099/in", true);
        assertThat(WebhookUrls.check(local, List.of(address("127.0.0.1")), true)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"not a url", "/relative/path", "https:opaque", "https://user:pw@hooks.example.org/",
            "https://hooks.example.org/#fragment", "https:///no-host"})
    void aUrlThatIsNoAbsoluteUrlWithAHostIsInvalid(String url) {
        assertThatThrownBy(() -> WebhookUrls.parse(url, false))
                .isInstanceOfSatisfying(RejectedUrlException.class,
                        rejected -> assertThat(rejected.rejection()).isEqualTo(UrlRejection.INVALID));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://hooks.example.org/in", "file://host/etc/passwd", "gopher://hooks.example.org/"})
    void otherSchemesAreNotHttps(String url) {
        assertThatThrownBy(() -> WebhookUrls.parse(url, true))
                .isInstanceOfSatisfying(RejectedUrlException.class,
                        rejected -> assertThat(rejected.rejection()).isEqualTo(UrlRejection.NOT_HTTPS));
    }
}
