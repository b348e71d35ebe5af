package io.talentradar.common.web;

import io.talentradar.common.error.ProblemException;

/** Optimistic concurrency on writes: the version a client read must still be the current one. */
public final class Versions {

    private Versions() {}

    /**
     * @param current  the stored version
     * @param ifMatch  from the If-Match header (null: absent; -1: names no version of ours)
     * @param inBody   the version carried in the body, used when there is no If-Match
     */
    public static void check(long current, Long ifMatch, Long inBody) {
        Long expected = ifMatch != null ? ifMatch : inBody;
        if (expected != null && expected != current) {
            throw ProblemException.preconditionFailed(
                    "The resource is at version " + current + ", not the one you sent; fetch it and retry.");
        }
    }

    /** A rename must say which version it renames (If-Match or the body's version): a blind one is refused. */
    public static void requireForRename(Long ifMatch, Long inBody) {
        if (ifMatch == null && inBody == null) {
            throw ProblemException.invalid(
                    "slug", "differs from the path: a rename needs If-Match (or version) with the version you read");
        }
    }
}
