package io.talentradar.common.paging;

import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;

/** Builds a list answer: the envelope plus RFC 8288 {@code Link} headers first, prev, next and last. */
public final class Paged {

    private Paged() {}

    public static Response ok(PageResponse<?> page, UriInfo uri) {
        return Response.ok(page)
                .links(links(uri, page.page(), page.size(), page.totalPages()))
                .build();
    }

    /** first, prev, next and last of a page of {@code size} items, out of {@code totalPages}. */
    public static Link[] links(UriInfo uri, int page, int size, int totalPages) {
        int last = Math.max(totalPages - 1, 0);
        List<Link> links = new ArrayList<>();
        links.add(link(uri, 0, size, "first"));
        if (page > 0) {
            links.add(link(uri, Math.min(page - 1, last), size, "prev"));
        }
        if (page < last) {
            links.add(link(uri, page + 1, size, "next"));
        }
        links.add(link(uri, last, size, "last"));
        return links.toArray(Link[]::new);
    }

    private static Link link(UriInfo uri, int page, int size, String rel) {
        return Link.fromUriBuilder(uri.getRequestUriBuilder()
                        .replaceQueryParam("page", page)
                        .replaceQueryParam("size", size))
                .rel(rel)
                .build();
    }
}
