package io.talentradar.common.paging;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Builds a list answer: the envelope plus RFC 8288 {@code Link} headers first, prev, next and last. */
public final class Paged {

    private Paged() {}

    /**
     * A list answer in the format the client asks for: the page as JSON, or with {@code Accept: text/csv}
     * every selected row as CSV (see {@link CsvExport}).
     */
    public static <T> Response ok(
            HttpHeaders headers,
            UriInfo uri,
            PageRequest page,
            Function<PageRequest, PageResponse<T>> pages,
            CsvExport.View<T> csv) {
        return CsvExport.wanted(headers) ? CsvExport.of(csv, page, pages) : ok(pages.apply(page), uri);
    }

    public static Response ok(PageResponse<?> page, UriInfo uri) {
        int last = Math.max(page.totalPages() - 1, 0);
        List<Link> links = new ArrayList<>();
        links.add(link(uri, 0, page.size(), "first"));
        if (page.page() > 0) {
            links.add(link(uri, Math.min(page.page() - 1, last), page.size(), "prev"));
        }
        if (page.page() < last) {
            links.add(link(uri, page.page() + 1, page.size(), "next"));
        }
        links.add(link(uri, last, page.size(), "last"));
        return Response.ok(page).links(links.toArray(Link[]::new)).build();
    }

    private static Link link(UriInfo uri, int page, int size, String rel) {
        return Link.fromUriBuilder(uri.getRequestUriBuilder()
                        .replaceQueryParam("page", page)
                        .replaceQueryParam("size", size))
                .rel(rel)
                .build();
    }
}
