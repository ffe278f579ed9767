package io.newsenrich.testkit;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * A running Kafka that tests talk to through clients only, whether it runs in this JVM ({@link EmbeddedKafka}) or in
 * a container ({@link ContainerKafka}); {@link TestBrokers#single()} picks one. {@link #close()} stops it and removes
 * its storage.
 */
public interface KafkaBroker extends AutoCloseable {

    /** The {@code bootstrap.servers} value that reaches the broker. */
    String bootstrapServers();

    /**
     * The client settings that reach the broker: {@code bootstrap.servers} and any credentials it requires. Add
     * serializers, group id etc. on a copy.
     */
    Map<String, Object> clientProperties();

    /** A new admin client for this broker; the caller closes it. */
    default Admin admin() {
        return Admin.create(clientProperties());
    }

    /** Creates topics with {@code partitions} partitions each and the broker's default replication factor. */
    default void createTopics(int partitions, String... names) {
        List<NewTopic> topics = Arrays.stream(names)
                .map(name -> new NewTopic(name, Optional.of(partitions), Optional.empty()))
                .toList();
        try (Admin admin = admin()) {
            admin.createTopics(topics).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot create topics " + Arrays.toString(names), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted creating topics " + Arrays.toString(names), e);
        }
    }

    /** Stops the broker and removes its storage; never throws and never hangs. */
    @Override
    void close();
}
