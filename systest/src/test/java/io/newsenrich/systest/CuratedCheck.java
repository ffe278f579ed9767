package io.newsenrich.systest;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsenrich.kafka.Topics;
import io.newsenrich.model.CuratedArticle;
import io.newsenrich.testkit.Await;
import io.newsenrich.testkit.TopicReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * What a {@code read_committed} consumer of the curated topic sees, compared with what was sent: the figures every
 * reliability test prints and asserts (count and distinct checked separately, so a duplicate cannot hide a loss).
 */
record CuratedCheck(int sent, int committed, int distinct, int lost, int duplicated, int unexpected,
                    List<CuratedArticle> records) {

    private static final Duration QUIET = Duration.ofSeconds(3);

    /** Reads the whole curated topic once at least {@code expectedIds} records arrived and it stayed quiet. */
    static CuratedCheck read(Properties clientProps, Collection<String> expectedIds, Duration timeout) {
        List<ConsumerRecord<byte[], byte[]>> records = TopicReader.readCommitted(clientProps, Topics.CURATED.name(),
                expectedIds.size(), QUIET, timeout);
        List<String> keys = records.stream().map(r -> new String(r.key(), StandardCharsets.UTF_8)).toList();
        Set<String> distinct = new HashSet<>(keys);
        Set<String> expected = new HashSet<>(expectedIds);
        int lost = (int) expected.stream().filter(id -> !distinct.contains(id)).count();
        int unexpected = (int) distinct.stream().filter(id -> !expected.contains(id)).count();
        List<CuratedArticle> values = records.stream()
                .map(r -> Topics.CURATED.valueSerde().deserializer().deserialize(Topics.CURATED.name(), r.value()))
                .toList();
        return new CuratedCheck(expected.size(), keys.size(), distinct.size(), lost, keys.size() - distinct.size(),
                unexpected, values);
    }

    /** Blocks until a read_committed reader sees at least {@code count} curated records. */
    static void awaitAtLeast(Properties clientProps, int count, Duration timeout) {
        Await.until(count + " articles curated", timeout, () -> curatedSoFar(clientProps, count) >= count);
    }

    private static int curatedSoFar(Properties clientProps, int enough) {
        try {
            return TopicReader.readCommitted(clientProps, Topics.CURATED.name(), enough, Duration.ZERO,
                    Duration.ofSeconds(5)).size();
        } catch (IllegalStateException e) {
            // TopicReader cannot assign a topic that sink has not created yet
            return 0;
        }
    }

    /** Prints {@code label: N sent, N committed, ...} and asserts exactly once. */
    CuratedCheck printAndAssertExactlyOnce(String label) {
        System.out.printf("%s: %d sent, %d committed, %d distinct, %d lost, %d duplicated%n", label, sent, committed,
                distinct, lost, duplicated);
        assertThat(lost).as("%s: articles lost", label).isZero();
        assertThat(duplicated).as("%s: articles curated more than once", label).isZero();
        assertThat(unexpected).as("%s: curated ids that were never sent", label).isZero();
        assertThat(committed).as("%s: committed records", label).isEqualTo(sent);
        return this;
    }
}
