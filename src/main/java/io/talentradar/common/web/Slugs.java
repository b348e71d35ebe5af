package io.talentradar.common.web;

import java.util.regex.Pattern;

/** Lab and researcher slugs: lowercase letters, digits and '-', 2 to 64 characters. */
public final class Slugs {

    public static final String REGEX = "^[a-z0-9][a-z0-9-]{0,62}[a-z0-9]$";
    public static final String MESSAGE =
            "must be 2 to 64 lowercase letters, digits or '-', " + "starting and ending with a letter or digit";
    private static final Pattern PATTERN = Pattern.compile(REGEX);

    private Slugs() {}

    public static boolean isValid(String s) {
        return s != null && PATTERN.matcher(s).matches();
    }
}
