package io.newsenrich.ingest;

import io.newsenrich.ingest.files.ArticleFile;
import io.newsenrich.ingest.files.ArticleReader;
import io.newsenrich.ingest.files.FolderWatch;
import io.newsenrich.config.Secrets;
import io.newsenrich.kafka.Topic;
import io.newsenrich.kafka.TopicAdmin;
import io.newsenrich.model.RawArticle;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One ingest run: checks that Kafka answers, creates the raw topic if missing, reads every input and publishes the
 * readable ones. Replays are safe: an article is keyed by its id and carries its content hash, so the sink curates
 * each (id, text) once however often it is sent.
 */
public final class Ingest {

    /** Where and how to publish. */
    public record Target(Properties clientProperties, Topic<String, RawArticle> topic, int partitions,
                         short replicationFactor, Duration timeout) {
    }

    /** Told after each input; a terminal progress bar or nothing. */
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void update(int done, int total);
    }

    private static final Logger LOG = LoggerFactory.getLogger(Ingest.class);
    private static final Duration WATCH_POLL = Duration.ofMillis(200);

    private Ingest() {
    }

    /**
     * Publishes {@code files} (already expanded) and the optional stdin article.
     *
     * @throws KafkaUnavailableException when Kafka does not answer within the target's timeout
     */
    public static IngestReport run(List<Path> files, Supplier<ArticleFile> stdin, ArticleReader reader,
                                   Target target, Progress progress) throws InterruptedException {
        LOG.info("publishing to {} with {}", target.topic().name(), Secrets.masked(target.clientProperties()));
        prepare(target);
        int total = files.size() + (stdin == null ? 0 : 1);
        List<IngestReport.Skip> skipped = new ArrayList<>();
        try (Publisher publisher = new Publisher(producerProperties(target), target.topic())) {
            int done = 0;
            if (stdin != null) {
                publish(stdin.get(), publisher, skipped);
                progress.update(++done, total);
            }
            for (Path file : files) {
                publish(reader.read(file), publisher, skipped);
                progress.update(++done, total);
            }
            publisher.flush();
            skipped.addAll(publisher.refused());
            return new IngestReport(total, publisher.acknowledged(), skipped);
        }
    }

    /**
     * Publishes files from {@code watch} as they settle, until {@code running} turns false; each batch is reported
     * to {@code onBatch} ("sent N, skipped M" with reasons).
     */
    public static void watch(FolderWatch watch, ArticleReader reader, Target target, BooleanSupplier running,
                             Consumer<IngestReport> onBatch) throws IOException, InterruptedException {
        prepare(target);
        try (Publisher publisher = new Publisher(producerProperties(target), target.topic())) {
            while (running.getAsBoolean()) {
                List<Path> files = watch.settled(WATCH_POLL);
                if (files.isEmpty()) {
                    continue;
                }
                int sentBefore = publisher.acknowledged();
                int refusedBefore = publisher.refused().size();
                List<IngestReport.Skip> skipped = new ArrayList<>();
                for (Path file : files) {
                    publish(reader.read(file), publisher, skipped);
                }
                publisher.flush();
                List<IngestReport.Skip> refused = publisher.refused();
                skipped.addAll(refused.subList(refusedBefore, refused.size()));
                onBatch.accept(new IngestReport(files.size(), publisher.acknowledged() - sentBefore, skipped));
            }
        }
    }

    private static void publish(ArticleFile input, Publisher publisher, List<IngestReport.Skip> skipped) {
        if (input instanceof ArticleFile.Readable readable) {
            publisher.send(readable.article());
        } else if (input instanceof ArticleFile.Skipped skip) {
            skipped.add(new IngestReport.Skip(skip.source(), skip.reason()));
        }
    }

    private static void prepare(Target target) throws InterruptedException {
        Properties adminProps = new Properties();
        target.clientProperties().forEach((k, v) -> {
            if (AdminClientConfig.configNames().contains(String.valueOf(k))) {
                adminProps.put(k, v);
            }
        });
        String bootstrap = adminProps.getProperty(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG);
        long timeoutMs = target.timeout().toMillis();
        adminProps.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeoutMs);
        adminProps.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.min(timeoutMs, 30_000));
        try (Admin admin = Admin.create(adminProps)) {
            admin.describeCluster().clusterId().get(timeoutMs, TimeUnit.MILLISECONDS);
            TopicAdmin.ensureTopics(admin, List.of(target.topic()), target.partitions(), target.replicationFactor(),
                    target.timeout());
        } catch (TimeoutException | ExecutionException e) {
            throw new KafkaUnavailableException("cannot reach Kafka at " + bootstrap + " within "
                    + target.timeout().toSeconds() + " s" + (e.getCause() == null ? ""
                    : ": " + e.getCause().getMessage()), e);
        } catch (IllegalStateException e) {
            throw new KafkaUnavailableException(e.getMessage(), e);
        }
    }

    private static Properties producerProperties(Target target) {
        Properties props = new Properties();
        props.putAll(target.clientProperties());
        props.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) target.timeout().toMillis());
        return props;
    }
}
