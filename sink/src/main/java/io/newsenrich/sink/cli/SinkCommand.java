package io.newsenrich.sink.cli;

import io.newsenrich.cli.Cli;
import picocli.CommandLine.Command;

/**
 * The sink service. {@code run} reads {@code articles.enriched} (JSON {@link io.newsenrich.model.EnrichedArticle})
 * and writes {@code articles.curated} (JSON {@link io.newsenrich.model.CuratedArticle}, compacted, keyed by article
 * id), dead letters to {@code articles.enriched.dlq}; {@code tail} prints curated records for people and scripts.
 */
@Command(name = "sink", mixinStandardHelpOptions = true, version = "sink 0.1.0",
        description = "Curates enriched articles for downstream consumers.",
        subcommands = {RunCommand.class, ResetCommand.class, TailCommand.class})
public final class SinkCommand {

    public static void main(String[] args) {
        System.exit(Cli.execute(new SinkCommand(), args));
    }
}
