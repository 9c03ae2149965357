package berlin.gemeinsam.platform.paging;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One page of a list read on from a {@link Cursor}: its items and, when more follow, the cursor of the next page.
 */
public record CursorPage<T>(List<T> items, Optional<Cursor> next) {

    public CursorPage {
        items = List.copyOf(items);
    }

    /**
     * The page from {@code limit + 1} items read after the cursor: the extra item only tells that more follow, and
     * the next page starts after the last item answered.
     */
    public static <T> CursorPage<T> of(List<T> itemsAndOneMore, int limit, Function<T, Cursor> cursorOf) {
        if (itemsAndOneMore.size() <= limit) {
            return new CursorPage<>(itemsAndOneMore, Optional.empty());
        }
        List<T> items = itemsAndOneMore.subList(0, limit);
        return new CursorPage<>(items, Optional.of(cursorOf.apply(items.get(limit - 1))));
    }

    public <R> CursorPage<R> map(Function<T, R> mapper) {
        return new CursorPage<>(items.stream().map(mapper).toList(), next);
    }
}
