package berlin.gemeinsam.platform.paging;

import java.util.List;
import java.util.function.Function;
import java.util.function.LongFunction;

/** One page of a list: what a use case answers, whatever the adapter that shows it. */
public record Page<T>(List<T> items, int page, int size, long totalItems) {

    public Page {
        items = List.copyOf(items);
    }

    /**
     * A page of a list of {@code totalItems}, its items read with {@code itemsFrom(offset)}. A page beyond the last
     * item is empty and read from nowhere: the offset is counted in longs, but a store skips an int number of
     * documents, and a page number times the size beyond that would wrap around to the first page.
     */
    public static <T> Page<T> read(int page, int size, long totalItems, LongFunction<List<T>> itemsFrom) {
        long offset = (long) page * size;
        List<T> items = offset >= totalItems || offset > Integer.MAX_VALUE ? List.of() : itemsFrom.apply(offset);
        return new Page<>(items, page, size, totalItems);
    }

    public int totalPages() {
        return (int) ((totalItems + size - 1) / size);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, totalItems);
    }
}
