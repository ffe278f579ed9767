package io.newsenrich.sink.cli;

import io.micrometer.core.instrument.Counter;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsenrich.cli.StreamsServiceCommand;
import io.newsenrich.kafka.Topic;
import io.newsenrich.kafka.Topics;
import io.newsenrich.model.CuratedArticle;
import io.newsenrich.model.EnrichedArticle;
import io.newsenrich.sink.CuratedSchema;
import io.newsenrich.sink.Curator;
import io.newsenrich.sink.stream.SinkCounters;
import io.newsenrich.sink.stream.SinkTopology;
import io.newsenrich.stream.StreamsService;
import java.time.Clock;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sink run}: the long-running Kafka Streams service, enriched topic -> curated topic. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run the sink service: reads JSON EnrichedArticle records, writes validated, de-duplicated "
                + "JSON CuratedArticle records; invalid records go to the dead-letter topic.")
public class RunCommand extends StreamsServiceCommand {

    static final String SERVICE = "sink";

    @Option(names = "--input-topic", defaultValue = "articles.enriched", paramLabel = "TOPIC",
            description = "Enriched article topic (env APP_INPUT_TOPIC). Default: ${DEFAULT-VALUE}")
    String inputTopic;

    @Option(names = "--output-topic", defaultValue = "articles.curated", paramLabel = "TOPIC",
            description = "Curated article topic (env APP_OUTPUT_TOPIC). Default: ${DEFAULT-VALUE}")
    String outputTopic;

    @Option(names = "--dead-letter-topic", defaultValue = "articles.enriched.dlq", paramLabel = "TOPIC",
            description = "Dead-letter topic (env APP_DEAD_LETTER_TOPIC). Default: ${DEFAULT-VALUE}")
    String deadLetterTopic;

    @Override
    public StreamsService.Definition definition(PrometheusMeterRegistry registry) {
        Topic<String, EnrichedArticle> input = Topics.ENRICHED.named(inputTopic);
        Topic<String, CuratedArticle> output = Topics.CURATED.named(outputTopic);
        Counter curated = registry.counter("newsenrich.sink.curated");
        Counter duplicates = registry.counter("newsenrich.sink.duplicates");
        SinkCounters counters = new SinkCounters() {
            @Override
            public void curated() {
                curated.increment();
            }

            @Override
            public void duplicate() {
                duplicates.increment();
            }
        };
        return new StreamsService.Definition(SERVICE,
                SinkTopology.buildTopology(input, output, new Curator(new CuratedSchema(), Clock.systemUTC()),
                        counters),
                List.of(input, output, Topics.SINK_DLQ.named(deadLetterTopic)),
                List.of(input.name()),
                streamsOptions.properties(SERVICE, deadLetterTopic, kafka));
    }
}
