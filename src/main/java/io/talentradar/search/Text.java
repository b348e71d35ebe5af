package io.talentradar.search;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** How names are compared: accents and case dropped, punctuation a word break ("Łukasz" = "lukasz"). */
final class Text {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern BREAKS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Text() {}

    static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD))
                .replaceAll("")
                .toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            switch (c) { // letters with no decomposition into a base letter and a mark
                case 'ł' -> out.append('l');
                case 'ø' -> out.append('o');
                case 'đ' -> out.append('d');
                case 'ı' -> out.append('i');
                case 'ß' -> out.append("ss");
                case 'æ' -> out.append("ae");
                case 'œ' -> out.append("oe");
                default -> out.append(c);
            }
        }
        return BREAKS.matcher(out).replaceAll(" ").trim();
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
