package berlin.gemeinsam.notifications.webhooks.application;

import java.io.IOException;
import java.net.URI;
import java.util.Map;

/** The HTTP client the webhooks are posted with. */
public interface WebhookCalls {

    /**
     * Posts the JSON body with the headers and returns the status the endpoint answered, without following a
     * redirect.
     *
     * @throws IOException when it did not answer in time, or its host resolved to an address that is not called
     */
    int post(URI url, Map<String, String> headers, String body) throws IOException;
}
