package io.newsenrich.bench.e2e;

/**
 * One measured replay: which text core enrich runs and how fast ingest publishes.
 *
 * @param name     short label used in the results table and the chart
 * @param textCore value of {@code enrich run --text-core}
 * @param rate     articles per second ingest is paced to, or 0 for as fast as it can publish
 */
record Scenario(String name, String textCore, double rate) {

    static final String RULES = "RULES";
    static final String PASS_THROUGH = "PASS_THROUGH";

    static Scenario atMaximumRate(String name, String textCore) {
        return new Scenario(name, textCore, 0);
    }

    boolean paced() {
        return rate > 0;
    }
}
