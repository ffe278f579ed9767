package io.newsenrich.text.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Counts body paragraphs found as expected; paragraphs are equal after white space is collapsed. */
final class ParagraphMatcher {

    // Unicode white space, so a non-breaking space left by the copy does not make a paragraph differ
    private static final Pattern WHITE_SPACE = Pattern.compile("(?U)\\s+");

    private ParagraphMatcher() {
    }

    static Counts match(List<String> expected, List<String> found) {
        Map<String, Integer> unmatched = new HashMap<>();
        expected.forEach(p -> unmatched.merge(normalize(p), 1, Integer::sum));
        int pairs = 0;
        for (String paragraph : found) {
            // a repeated paragraph counts as often as the gold repeats it, no more
            String key = normalize(paragraph);
            int left = unmatched.getOrDefault(key, 0);
            if (left > 0) {
                unmatched.put(key, left - 1);
                pairs++;
            }
        }
        return new Counts(pairs, found.size() - pairs, expected.size() - pairs);
    }

    static String normalize(String text) {
        return text == null ? "" : WHITE_SPACE.matcher(text).replaceAll(" ").strip();
    }
}
