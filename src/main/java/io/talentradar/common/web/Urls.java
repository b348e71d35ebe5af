package io.talentradar.common.web;

/** Source URLs and websites: http(s), no whitespace. */
public final class Urls {

    public static final String REGEX = "^https?://\\S+$";
    public static final String MESSAGE = "must be an http(s) URL";

    private Urls() {
    }
}
