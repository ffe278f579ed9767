/**
 * Real Kafka brokers inside the test JVM, built from Kafka's own server classes (no Docker, no ZooKeeper).
 *
 * <ul>
 *   <li>{@link io.newsenrich.testkit.EmbeddedKafka}: one KRaft node (broker and controller), replication 1, for
 *       integration tests and the local run; {@code startWithScram} secures its client listener with SCRAM-SHA-256.
 *   <li>{@link io.newsenrich.testkit.EmbeddedKafkaCluster}: one controller and n brokers, replication 3 and min ISR
 *       2, whose brokers can be stopped and restarted.
 * </ul>
 *
 * <p>Both listen on 127.0.0.1 only, on free ports, keep their storage in a temporary directory removed by
 * {@code close()}, and hand clients {@code clientProperties()}.
 */
package io.newsenrich.testkit;
