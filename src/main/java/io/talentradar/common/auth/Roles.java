package io.talentradar.common.auth;

import java.util.Set;

/** The three roles; each includes the ones below it: admin ⊃ editor ⊃ reader. */
public final class Roles {

    public static final String READER = "reader";
    public static final String EDITOR = "editor";
    public static final String ADMIN = "admin";
    /** The permission every read needs: granted to all when reads are public, else to readers. */
    public static final String READ = "read";

    private Roles() {}

    /** The roles a key of {@code role} holds. */
    public static Set<String> expand(String role) {
        return switch (role) {
            case ADMIN -> Set.of(ADMIN, EDITOR, READER);
            case EDITOR -> Set.of(EDITOR, READER);
            case READER -> Set.of(READER);
            default -> throw new IllegalArgumentException("unknown role " + role);
        };
    }
}
