package io.newsenrich.systest;

import static io.newsenrich.systest.Clients.properties;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsenrich.model.CuratedArticle;
import io.newsenrich.model.RawArticle;
import io.newsenrich.stream.StreamsService;
import io.newsenrich.testkit.EmbeddedKafka;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replays are safe: the seeds and a corpus sample ingested three times give one curated record per article, and an
 * article whose text changed gives version 2.
 */
class ReplayIT {

    private static final int REPLAYS = 3;
    private static final int CORPUS_STEP = 100;
    private static final Duration DEADLINE = Duration.ofMinutes(2);

    @TempDir
    Path state;

    @TempDir
    Path input;

    @TempDir
    Path changed;

    @Test
    void threeReplaysCurateEachArticleOnceAndAChangedTextBecomesVersionTwo() throws Exception {
        List<Path> files = new ArrayList<>(Corpus.copySample(input, CORPUS_STEP));
        try (var seeds = Files.list(Corpus.SEEDS)) {
            for (Path seed : seeds.toList()) {
                files.add(Files.copy(seed, input.resolve(seed.getFileName())));
            }
        }
        List<String> ids = files.stream().map(f -> RawArticle.idOf(f.getFileName().toString())).toList();
        String changedId = ids.get(0);
        Path edited = Files.writeString(changed.resolve(files.get(0).getFileName()),
                Corpus.read(files.get(0)) + "\n\nUpdate: this article was corrected.");

        try (EmbeddedKafka kafka = EmbeddedKafka.start();
             StreamsService enrich = Service.ENRICH.start(kafka.bootstrapServers(), state, "--partitions", "1");
             StreamsService sink = Service.SINK.start(kafka.bootstrapServers(), state, "--partitions", "1")) {
            for (int i = 0; i < REPLAYS; i++) {
                Ingestion.run(kafka.bootstrapServers(), List.of("--lenient-utf8", input.toString()));
            }
            // one partition, so version 2 of the edited article is curated after every replay before it
            Ingestion.run(kafka.bootstrapServers(), List.of(edited.toString()));
            List<String> expected = new ArrayList<>(ids);
            expected.add(changedId);
            CuratedCheck check = CuratedCheck.read(properties(kafka.clientProperties()), expected, DEADLINE);

            Map<String, List<Integer>> versions = check.records().stream().collect(Collectors.groupingBy(
                    CuratedArticle::id, Collectors.mapping(CuratedArticle::version, Collectors.toList())));
            System.out.printf("Replay: %d articles sent %d times, %d curated records, %d distinct, %d lost; "
                    + "changed article %s versions %s%n", ids.size(), REPLAYS, check.committed(), check.distinct(),
                    check.lost(), changedId, versions.get(changedId));
            assertThat(check.lost()).isZero();
            assertThat(check.distinct()).isEqualTo(ids.size());
            assertThat(versions.get(changedId)).containsExactly(1, 2);
            versions.forEach((id, list) -> {
                if (!id.equals(changedId)) {
                    assertThat(list).as(id).containsExactly(1);
                }
            });
            assertThat(check.committed()).isEqualTo(ids.size() + 1);
        }
    }
}
