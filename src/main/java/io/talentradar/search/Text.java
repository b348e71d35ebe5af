package io.talentradar.search;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** How names are compared: accents and case dropped, punctuation a word break ("Łukasz" = "lukasz"). */
final class Text {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Text() {}

    static String normalize(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean gap = true; // at the start, or after a word break: a break here adds nothing
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 128) { // the common case, without the Unicode tables
                if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                    out.append(c);
                    gap = false;
                } else if (c >= 'A' && c <= 'Z') {
                    out.append((char) (c + ('a' - 'A')));
                    gap = false;
                } else if (!gap) {
                    out.append(' ');
                    gap = true;
                }
                continue;
            }
            String base = MARKS.matcher(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD))
                    .replaceAll("")
                    .toLowerCase(Locale.ROOT);
            for (int k = 0; k < base.length(); k++) {
                String letter = switch (base.charAt(k)) { // letters with no decomposition into a base and a mark
                    case 'ł' -> "l";
                    case 'ø' -> "o";
                    case 'đ' -> "d";
                    case 'ı' -> "i";
                    case 'ß' -> "ss";
                    case 'æ' -> "ae";
                    case 'œ' -> "oe";
                    default -> Character.isLetterOrDigit(base.charAt(k)) ? String.valueOf(base.charAt(k)) : null;
                };
                if (letter != null) {
                    out.append(letter);
                    gap = false;
                } else if (!gap) {
                    out.append(' ');
                    gap = true;
                }
            }
        }
        int end = out.length();
        return gap && end > 0 ? out.substring(0, end - 1) : out.toString();
    }

    /** Whether two words are at most one edit apart: one letter added, dropped, changed, or two swapped. */
    static boolean withinOneEdit(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1) {
            return false;
        }
        int i = 0;
        while (i < la && i < lb && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (i == la || i == lb) {
            return true; // equal, or one is the other plus a letter at the end
        }
        if (la == lb) {
            return a.regionMatches(i + 1, b, i + 1, la - i - 1) // changed
                    || (i + 1 < la
                            && a.charAt(i) == b.charAt(i + 1)
                            && a.charAt(i + 1) == b.charAt(i)
                            && a.regionMatches(i + 2, b, i + 2, la - i - 2)); // swapped
        }
        return la > lb
                ? a.regionMatches(i + 1, b, i, lb - i) // a has one more
                : b.regionMatches(i + 1, a, i, la - i);
    }
}
