package io.newsenrich.text.eval;

/**
 * Match counts of one comparison; sums of them give micro-averaged scores.
 *
 * @param truePositives  found and expected
 * @param falsePositives found but not expected
 * @param falseNegatives expected but not found
 */
public record Counts(int truePositives, int falsePositives, int falseNegatives) {

    public static final Counts NONE = new Counts(0, 0, 0);

    public Counts plus(Counts other) {
        return new Counts(truePositives + other.truePositives, falsePositives + other.falsePositives,
                falseNegatives + other.falseNegatives);
    }

    public int expected() {
        return truePositives + falseNegatives;
    }

    public int found() {
        return truePositives + falsePositives;
    }

    /** Precision; 1 when nothing was found, since nothing found can be wrong. */
    public double precision() {
        return ratio(truePositives, found());
    }

    /** Recall; 1 when nothing was expected. */
    public double recall() {
        return ratio(truePositives, expected());
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 1 : (double) part / whole;
    }
}
