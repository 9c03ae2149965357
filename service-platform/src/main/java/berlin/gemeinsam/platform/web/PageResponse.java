package berlin.gemeinsam.platform.web;

import berlin.gemeinsam.platform.paging.Page;

import java.util.List;
import java.util.function.Function;

/** One page of a list as a client reads it, with what it needs to fetch the others. */
public record PageResponse<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    /** The page with each item shown as {@code view} shows it. */
    public static <T, R> PageResponse<R> of(Page<T> page, Function<T, R> view) {
        Page<R> shown = page.map(view);
        return new PageResponse<>(shown.items(), shown.page(), shown.size(), shown.totalItems(), shown.totalPages());
    }
}
