package io.newsenrich.text.sections;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The first pass: the scanned lines classified, a line the copy repeats kept once (but for a label over items). */
final class RepeatedLines {

    private RepeatedLines() {
    }

    /** The classified lines in order, a line the copy repeats kept once at its first occurrence. */
    static List<PageLine> firstOccurrences(List<SourceLine> scanned) {
        // sized for every line up front, since growing the table re-hashes all lines seen so far
        Map<SampledKey, Integer> seen = new HashMap<>(2 * scanned.size());
        List<PageLine> kept = new ArrayList<>(scanned.size());
        for (SourceLine source : scanned) {
            SampledKey key = SampledKey.of(source.folded());
            Integer at = seen.get(key);
            PageLine first = at == null ? null : kept.get(at);
            // a credit's label stands over each picture's credit, and "Read More" over each link, so a page repeats
            // them
            boolean labelAgain = first != null && (Captions.isCreditLabel(first) || isCreditAgain(kept, at)
                    || first.kind == LineKind.RELATED_HEADER);
            if (first != null && sameLetters(first.text(), source.text()) && !labelAgain) {
                first.repeated = true;
            } else {
                PageLine line = LineClassifier.classify(source);
                seen.putIfAbsent(key, kept.size());
                kept.add(line);
            }
        }
        return kept;
    }

    /**
     * One photographer's credit under two captions apart: the first stood under a line of text (its caption) and
     * lines stand between the two. Credits stacked under one picture ("Jane Doe/AP" / "John Roe/Example via AP")
     * and repeated by the copy stay once.
     */
    private static boolean isCreditAgain(List<PageLine> kept, int at) {
        PageLine first = kept.get(at);
        return first.kind == LineKind.CREDIT_ONLY && at > 0 && kept.get(at - 1).kind == LineKind.PLAIN
                && at < kept.size() - 1;
    }

    /**
     * A folded line as a map key hashed from its length and a few of its chars: {@link String#hashCode} reads every
     * char, one multiply after another, which made it the costliest step of the repeat check. Lines that share the
     * sample but differ are told apart by {@code equals}.
     */
    private record SampledKey(String folded, int sample) {

        private static final int SAMPLES = 8;

        static SampledKey of(String folded) {
            int length = folded.length();
            int sample = length;
            for (int i = 0; i < SAMPLES && length > 0; i++) {
                sample = 31 * sample + folded.charAt((int) ((long) length * i / SAMPLES));
            }
            return new SampledKey(folded, sample);
        }

        @Override
        public int hashCode() {
            return sample;
        }
    }

    /** Lines that fold alike repeat each other when their letters match in case too ("Never" is not "never"). */
    private static boolean sameLetters(String first, String second) {
        for (int i = 0; i < first.length(); i++) {
            char c = first.charAt(i);
            if (Character.isLetter(c) && c != second.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
