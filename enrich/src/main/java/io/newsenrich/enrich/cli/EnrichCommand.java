package io.newsenrich.enrich.cli;

import io.newsenrich.cli.Cli;
import picocli.CommandLine.Command;

/**
 * The enrich service. {@code run} reads {@code articles.raw} (JSON {@link io.newsenrich.model.RawArticle}) and writes
 * {@code articles.enriched} (JSON {@link io.newsenrich.model.EnrichedArticle}), dead letters to
 * {@code articles.raw.dlq}; {@code analyze} does the same enrichment on files with no Kafka at all.
 */
@Command(name = "enrich", mixinStandardHelpOptions = true, version = "enrich 0.1.0",
        description = "Splits news articles into sections and extracts figures.",
        subcommands = {RunCommand.class, ResetCommand.class, AnalyzeCommand.class, ScoreCommand.class})
public final class EnrichCommand {

    public static void main(String[] args) {
        System.exit(Cli.execute(new EnrichCommand(), args));
    }
}
