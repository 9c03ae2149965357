package berlin.gemeinsam.notifications.webhooks.application;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The headers of the Standard Webhooks specification: {@code webhook-id}, {@code webhook-timestamp} (seconds since
 * the epoch) and {@code webhook-signature}, {@code v1,} and the base64 HMAC-SHA256 of {@code id.timestamp.body}
 * keyed with the endpoint's decoded secret.
 */
final class WebhookSignatures {

    private static final String HMAC_SHA256 = "HmacSHA256";

    private WebhookSignatures() {
    }

    static Map<String, String> headers(String id, long timestamp, String body, byte[] key) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("webhook-id", id);
        headers.put("webhook-timestamp", Long.toString(timestamp));
        headers.put("webhook-signature", "v1," + sign(id + "." + timestamp + "." + body, key));
        return headers;
    }

    private static String sign(String content, byte[] key) {
        try {
            Mac mac = Mac.getInstance(HMAC_SHA256);
            mac.init(new SecretKeySpec(key, HMAC_SHA256));
            return Base64.getEncoder().encodeToString(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HMAC-SHA256", e);
        }
    }
}
