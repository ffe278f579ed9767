package io.newsenrich.enrich.cli;

import io.micrometer.core.instrument.Counter;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsenrich.cli.StreamsServiceCommand;
import io.newsenrich.enrich.Enricher;
import io.newsenrich.enrich.stream.EnrichCounters;
import io.newsenrich.enrich.stream.EnrichTopology;
import io.newsenrich.kafka.Topic;
import io.newsenrich.kafka.Topics;
import io.newsenrich.model.EnrichedArticle;
import io.newsenrich.model.RawArticle;
import io.newsenrich.stream.StreamsService;
import java.time.Clock;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code enrich run}: the long-running Kafka Streams service, raw topic -> enriched topic. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run the enrich service: reads JSON RawArticle records from the raw topic, writes JSON EnrichedArticle records to the "
                + "enriched topic; unreadable or failing records go to the dead-letter topic.")
public class RunCommand extends StreamsServiceCommand {

    static final String SERVICE = "enrich";

    @Option(names = "--input-topic", defaultValue = "articles.raw", paramLabel = "TOPIC",
            description = "Raw article topic (env APP_INPUT_TOPIC). Default: ${DEFAULT-VALUE}")
    String inputTopic;

    @Option(names = "--output-topic", defaultValue = "articles.enriched", paramLabel = "TOPIC",
            description = "Enriched article topic (env APP_OUTPUT_TOPIC). Default: ${DEFAULT-VALUE}")
    String outputTopic;

    @Option(names = "--dead-letter-topic", defaultValue = "articles.raw.dlq", paramLabel = "TOPIC",
            description = "Dead-letter topic (env APP_DEAD_LETTER_TOPIC). Default: ${DEFAULT-VALUE}")
    String deadLetterTopic;

    /** Which text core enriches: the rules, or a pass-through baseline that only benchmarks use. */
    public enum TextCore {
        RULES, PASS_THROUGH
    }

    @Option(names = "--text-core", defaultValue = "RULES", paramLabel = "CORE",
            description = "RULES (sections and figures) or PASS_THROUGH (benchmark baseline: text as one body "
                    + "paragraph, no figures) (env APP_TEXT_CORE). Default: ${DEFAULT-VALUE}")
    TextCore textCore;

    @Override
    public StreamsService.Definition definition(PrometheusMeterRegistry registry) {
        Topic<String, RawArticle> input = Topics.RAW.named(inputTopic);
        Topic<String, EnrichedArticle> output = Topics.ENRICHED.named(outputTopic);
        Counter articles = registry.counter("newsenrich.enrich.articles");
        Counter figures = registry.counter("newsenrich.enrich.figures");
        EnrichCounters counters = found -> {
            articles.increment();
            figures.increment(found);
        };
        return new StreamsService.Definition(SERVICE,
                EnrichTopology.buildTopology(input, output, textCore == TextCore.RULES
                        ? Enricher.withRules(Clock.systemUTC()) : Enricher.passThrough(Clock.systemUTC()), counters),
                List.of(input, output, Topics.ENRICH_DLQ.named(deadLetterTopic)),
                List.of(input.name()),
                streamsOptions.properties(SERVICE, deadLetterTopic, kafka));
    }
}
