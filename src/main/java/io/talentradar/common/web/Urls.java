package io.talentradar.common.web;

/**
 * Source URLs and websites: http(s), no whitespace, no ';' (it separates the items of a list cell in CSV;
 * a URL can write it as %3B).
 */
public final class Urls {

    public static final String REGEX = "^https?://[^\\s;]+$";
    public static final String MESSAGE = "must be an http(s) URL without spaces or ';' (write ';' as %3B)";

    private Urls() {}
}
