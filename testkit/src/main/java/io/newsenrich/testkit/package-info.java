/**
 * Real Kafka brokers for tests: inside the test JVM, built from Kafka's own server classes (no Docker, no ZooKeeper),
 * or, on request, in a Docker container.
 *
 * <ul>
 *   <li>{@link io.newsenrich.testkit.KafkaBroker}: what integration tests use of a single broker;
 *       {@link io.newsenrich.testkit.TestBrokers#single()} starts one in the JVM or, with the system property
 *       {@code newsenrich.broker=testcontainers}, a {@link io.newsenrich.testkit.ContainerKafka}.
 *   <li>{@link io.newsenrich.testkit.EmbeddedKafka}: one KRaft node (broker and controller), replication 1, for
 *       integration tests and the local run; {@code startWithScram} secures its client listener with SCRAM-SHA-256.
 *   <li>{@link io.newsenrich.testkit.EmbeddedKafkaCluster}: one controller and n brokers, replication 3 and min ISR
 *       2, whose brokers can be stopped and restarted.
 * </ul>
 *
 * <p>The embedded brokers listen on 127.0.0.1 only, on free ports, and keep their storage in a temporary directory
 * removed by {@code close()}; all brokers hand clients {@code clientProperties()}.
 */
package io.newsenrich.testkit;
