package io.newsenrich.text.eval;

import io.newsenrich.model.Figure;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Pairs expected with found figures one to one. Two figures agree when their values are numerically equal and their
 * unit lists share a form (ignoring case); offsets only break ties, so a figure found with a slightly different span
 * still counts. A maximum matching is used so that a greedy choice cannot cost a pair.
 */
final class FigureMatcher {

    private FigureMatcher() {
    }

    /** The outcome of matching one article's figures. */
    record Result(Counts counts, List<GoldFigure> missed, List<Figure> falsePositives) {
    }

    static Result match(List<GoldFigure> expected, List<Figure> found) {
        int[] expectedOfFound = new int[found.size()];
        Arrays.fill(expectedOfFound, -1);
        List<int[]> candidates = IntStream.range(0, expected.size())
                .mapToObj(e -> candidatesByDistance(expected.get(e), found))
                .toList();
        boolean[] matched = new boolean[expected.size()];
        // the closest pairs choose first, so a match lands on the nearest figure when several agree
        IntStream.range(0, expected.size()).boxed()
                .sorted(Comparator.comparingInt(e -> nearest(expected.get(e), candidates.get(e), found)))
                .forEach(e -> matched[e] = augment(e, candidates, expectedOfFound, new boolean[found.size()]));
        List<GoldFigure> missed = IntStream.range(0, expected.size())
                .filter(e -> !matched[e]).mapToObj(expected::get).toList();
        List<Figure> falsePositives = IntStream.range(0, found.size())
                .filter(f -> expectedOfFound[f] < 0).mapToObj(found::get).toList();
        int pairs = expected.size() - missed.size();
        return new Result(new Counts(pairs, falsePositives.size(), missed.size()), missed, falsePositives);
    }

    static boolean agree(GoldFigure expected, Figure found) {
        return found.value() != null && expected.value().compareTo(found.value()) == 0
                && sharesUnit(expected.unit(), found.unit());
    }

    private static boolean sharesUnit(List<String> expected, List<String> found) {
        List<String> lowered = expected.stream().map(FigureMatcher::key).toList();
        return found.stream().map(FigureMatcher::key).anyMatch(lowered::contains);
    }

    private static String key(String unit) {
        return unit.strip().toLowerCase(Locale.ROOT);
    }

    private static int[] candidatesByDistance(GoldFigure expected, List<Figure> found) {
        return IntStream.range(0, found.size())
                .filter(f -> agree(expected, found.get(f)))
                .boxed()
                .sorted(Comparator.comparingInt(f -> distance(expected, found.get(f))))
                .mapToInt(Integer::intValue)
                .toArray();
    }

    private static int nearest(GoldFigure expected, int[] candidates, List<Figure> found) {
        return candidates.length == 0 ? Integer.MAX_VALUE : distance(expected, found.get(candidates[0]));
    }

    private static int distance(GoldFigure expected, Figure found) {
        return Math.abs(found.start() - expected.start());
    }

    // Kuhn's augmenting path: take a free agreeing figure, or move the figure's current partner to another one
    private static boolean augment(int e, List<int[]> candidates, int[] expectedOfFound, boolean[] visited) {
        for (int f : candidates.get(e)) {
            if (visited[f]) {
                continue;
            }
            visited[f] = true;
            if (expectedOfFound[f] < 0 || augment(expectedOfFound[f], candidates, expectedOfFound, visited)) {
                expectedOfFound[f] = e;
                return true;
            }
        }
        return false;
    }
}
