package io.talentradar.common.paging;

import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;

/** The list envelope of every collection. */
public record PageResponse<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public static <T> PageResponse<T> of(List<T> items, PageRequest request, long totalItems) {
        return new PageResponse<>(
                items, request.page(), request.size(), totalItems, totalPages(totalItems, request.size()));
    }

    /**
     * A page whose total is counted only when the page cannot tell it: a page shorter than its size (and not
     * empty past the end) is the last one, so the total is what came before it plus its items.
     */
    public static <T> PageResponse<T> of(List<T> items, PageRequest request, LongSupplier count) {
        boolean last = items.size() < request.size() && (!items.isEmpty() || request.page() == 0);
        return of(items, request, last ? (long) request.page() * request.size() + items.size() : count.getAsLong());
    }

    /** Pages of {@code size} items it takes to hold {@code totalItems}. */
    public static int totalPages(long totalItems, int size) {
        return (int) ((totalItems + size - 1) / size);
    }

    public <R> PageResponse<R> map(Function<T, R> mapper) {
        return new PageResponse<>(items.stream().map(mapper).toList(), page, size, totalItems, totalPages);
    }
}
