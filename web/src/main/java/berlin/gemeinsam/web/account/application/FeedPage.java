package berlin.gemeinsam.web.account.application;

import java.util.List;

/** One page of the feed, newest first; {@code nextCursor} reads on, null after the last page. */
public record FeedPage(List<FeedEntry> items, String nextCursor) {

    public FeedPage {
        items = List.copyOf(items);
    }
}
