package io.newsenrich.testkit;

import static io.newsenrich.testkit.TestClients.consumer;
import static io.newsenrich.testkit.TestClients.producer;
import static io.newsenrich.testkit.TestClients.readValues;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EmbeddedKafkaClusterIT {

    private static final String TOPIC = "replicated";

    private static EmbeddedKafkaCluster cluster;

    @BeforeAll
    static void startCluster() {
        cluster = EmbeddedKafkaCluster.start(3);
        cluster.createTopics(3, TOPIC);
    }

    @AfterAll
    static void stopCluster() {
        cluster.close();
    }

    @Test
    void topicsAreReplicatedThreeTimesWithMinIsrTwo() throws Exception {
        try (Admin admin = cluster.admin()) {
            TopicDescription topic = admin.describeTopics(List.of(TOPIC)).allTopicNames()
                    .get(10, TimeUnit.SECONDS).get(TOPIC);
            assertThat(topic.partitions()).extracting(partition -> partition.replicas().size())
                    .containsOnly(3);
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, TOPIC);
            String minIsr = admin.describeConfigs(List.of(resource)).all().get(10, TimeUnit.SECONDS)
                    .get(resource).get("min.insync.replicas").value();
            assertThat(minIsr).isEqualTo("2");
        }
    }

    @Test
    void clusterKeepsServingWithOneBrokerStoppedAndTakesItBack() throws Exception {
        int stopped = leaderOfPartitionZero();
        cluster.stopBroker(stopped);
        assertThat(cluster.isRunning(stopped)).isFalse();
        try (KafkaProducer<String, String> producer = producer(cluster, Map.of(ProducerConfig.ACKS_CONFIG, "all"))) {
            for (int i = 0; i < 6; i++) {
                producer.send(new ProducerRecord<>(TOPIC, "key-" + i, "while-down-" + i)).get(20, TimeUnit.SECONDS);
            }
        }
        assertThat(readValues(consumer(cluster, "failover-reader", "read_committed"), TOPIC, 6))
                .hasSize(6).allMatch(value -> value.startsWith("while-down-"));

        cluster.startBroker(stopped);
        // Unfenced by the controller does not mean every broker's metadata has caught up, nor that the broker has
        // re-joined the ISRs: whichever broker the admin client asks may still answer with the old view for a while.
        try (Admin admin = cluster.admin()) {
            Await.until("broker " + stopped + " is back in the ISR of every partition", Duration.ofSeconds(60),
                    () -> inEveryIsr(admin, stopped));
        }
    }

    private static boolean inEveryIsr(Admin admin, int broker) {
        try {
            return admin.describeTopics(List.of(TOPIC)).allTopicNames().get(10, TimeUnit.SECONDS).get(TOPIC)
                    .partitions().stream()
                    .allMatch(partition -> partition.isr().stream().anyMatch(node -> node.id() == broker));
        } catch (ExecutionException | TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted describing " + TOPIC, e);
        }
    }

    private static int leaderOfPartitionZero() throws Exception {
        try (Admin admin = cluster.admin()) {
            TopicPartitionInfo partition = admin.describeTopics(List.of(TOPIC)).allTopicNames()
                    .get(10, TimeUnit.SECONDS).get(TOPIC).partitions().get(0);
            return partition.leader().id();
        }
    }
}
