package io.newsenrich.ingest;

import java.util.List;

/**
 * What a run of ingest did: how many articles the broker acknowledged, and every input that was not published, with
 * its reason. Nothing read is left unaccounted for: {@code sent + skipped.size() == inputs}.
 */
public record IngestReport(int inputs, int sent, List<Skip> skipped) {

    /** An input that was not published. */
    public record Skip(String source, String reason) {
    }

    public IngestReport {
        skipped = List.copyOf(skipped);
    }

    public boolean complete() {
        return skipped.isEmpty();
    }

    /** "sent N, skipped M" and a line per skipped input. */
    public String summary() {
        StringBuilder out = new StringBuilder("sent ").append(sent).append(", skipped ").append(skipped.size());
        skipped.forEach(s -> out.append(System.lineSeparator()).append("  skipped ").append(s.source())
                .append(": ").append(s.reason()));
        return out.toString();
    }
}
