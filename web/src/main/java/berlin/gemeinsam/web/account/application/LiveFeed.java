package berlin.gemeinsam.web.account.application;

import java.util.function.Consumer;

/**
 * notification-service's live feed of one person: each new entry as it is written. The stream runs on the caller's
 * behalf after the request that opened it has returned, so it is opened with the person's access token itself.
 */
public interface LiveFeed {

    /**
     * @param lastEventId the last entry the reader has seen, or null: the entries written since come first
     * @param ended       called once when the stream ends on notification-service's side or fails
     * @return closes the stream
     */
    AutoCloseable open(String subscriberId, String accessToken, String language, String lastEventId,
                       Consumer<FeedEntry> entries, Runnable ended);
}
