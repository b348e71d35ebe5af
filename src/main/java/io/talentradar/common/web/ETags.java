package io.talentradar.common.web;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * Strong ETags from an entity's {@code version}, and the {@code If-Match} / {@code If-None-Match} rules.
 */
public final class ETags {

    private ETags() {}

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** The version an {@code If-Match} header demands, -1 when it names none we issued, null when absent. */
    public static Long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return null;
        }
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
                try {
                    return Long.parseLong(tag.substring(1, tag.length() - 1));
                } catch (NumberFormatException ignored) {
                    // not one of ours
                }
            }
        }
        return -1L;
    }

    /** A POST answer: 201, Location naming the new resource under the request's path, the body and its ETag. */
    public static Response created(UriInfo uri, String id, Object body, long version) {
        return Response.created(uri.getAbsolutePathBuilder().path(id).build())
                .entity(body)
                .tag(of(version))
                .build();
    }

    /** A GET answer with its ETag, or 304 when the client's {@code If-None-Match} already names it. */
    public static Response conditionalGet(Object body, long version, String ifNoneMatch) {
        EntityTag tag = of(version);
        if (ifNoneMatch != null && matchesAny(ifNoneMatch, tag)) {
            return Response.notModified(tag).build();
        }
        return Response.ok(body).tag(tag).build();
    }

    private static boolean matchesAny(String header, EntityTag tag) {
        for (String candidate : header.split(",")) {
            String t = candidate.trim();
            if (t.equals("*") || t.equals("\"" + tag.getValue() + "\"") || t.equals("W/\"" + tag.getValue() + "\"")) {
                return true;
            }
        }
        return false;
    }
}
