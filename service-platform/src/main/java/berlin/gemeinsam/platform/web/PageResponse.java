package berlin.gemeinsam.platform.web;

import java.util.List;
import java.util.function.Function;
import java.util.function.LongFunction;

/** One page of a list, with what a client needs to fetch the others. */
public record PageResponse<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public static <T> PageResponse<T> of(List<T> items, int page, int size, long totalItems) {
        return new PageResponse<>(items, page, size, totalItems, (int) ((totalItems + size - 1) / size));
    }

    /**
     * A page of a list of {@code totalItems}, its items read with {@code itemsFrom(offset)}. A page beyond the last
     * item is empty and read from nowhere: the offset is counted in longs, but a store skips an int number of
     * documents, and a page number times the size beyond that would wrap around to the first page.
     */
    public static <T> PageResponse<T> read(int page, int size, long totalItems, LongFunction<List<T>> itemsFrom) {
        long offset = (long) page * size;
        List<T> items = offset >= totalItems || offset > Integer.MAX_VALUE ? List.of() : itemsFrom.apply(offset);
        return of(items, page, size, totalItems);
    }

    public <R> PageResponse<R> map(Function<T, R> mapper) {
        return new PageResponse<>(items.stream().map(mapper).toList(), page, size, totalItems, totalPages);
    }
}
