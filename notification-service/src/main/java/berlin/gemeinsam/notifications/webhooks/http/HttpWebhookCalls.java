package berlin.gemeinsam.notifications.webhooks.http;

import berlin.gemeinsam.notifications.webhooks.application.WebhookCalls;
import berlin.gemeinsam.notifications.webhooks.application.WebhookProperties;
import berlin.gemeinsam.notifications.webhooks.application.WebhookUrlPolicy;
import jakarta.annotation.PreDestroy;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Posts webhooks with Apache HttpClient, whose name resolution is the one place where the addresses a connection
 * goes to are known: it resolves through {@link WebhookUrlPolicy}, so that a host that resolves to an internal
 * address at the moment of the call is not called, whatever it resolved to when it was checked. Redirects are not
 * followed (they could lead inside), nor is a request repeated by the client (the retries are the sender's).
 */
@Component
class HttpWebhookCalls implements WebhookCalls {

    private final CloseableHttpClient client;

    HttpWebhookCalls(WebhookUrlPolicy urls, WebhookProperties properties) {
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(new CheckedResolver(urls))
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.of(properties.connectTimeout()))
                                .setSocketTimeout(Timeout.of(properties.readTimeout()))
                                .build())
                        // each sender makes one call at a time
                        .setMaxConnPerRoute(properties.senders())
                        .setMaxConnTotal(properties.senders())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.of(properties.readTimeout()))
                        .build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .setUserAgent("Gemeinsam-Webhooks")
                .build();
    }

    @PreDestroy
    void close() throws IOException {
        client.close();
    }

    @Override
    public int post(URI url, Map<String, String> headers, String body) throws IOException {
        HttpPost post = new HttpPost(url);
        headers.forEach(post::setHeader);
        post.setEntity(new StringEntity(body, ContentType.APPLICATION_JSON.withCharset(StandardCharsets.UTF_8)));
        return client.execute(post, response -> {
            EntityUtils.consume(response.getEntity());
            return response.getCode();
        });
    }

    /** The system's resolution, refusing a host any of whose addresses is not called. */
    private record CheckedResolver(WebhookUrlPolicy urls) implements DnsResolver {

        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            return urls.addressesToCall(host);
        }

        @Override
        public List<InetSocketAddress> resolve(String host, int port) throws UnknownHostException {
            return Arrays.stream(resolve(host)).map(address -> new InetSocketAddress(address, port)).toList();
        }

        @Override
        public String resolveCanonicalHostname(String host) throws UnknownHostException {
            return SystemDefaultDnsResolver.INSTANCE.resolveCanonicalHostname(host);
        }
    }
}
