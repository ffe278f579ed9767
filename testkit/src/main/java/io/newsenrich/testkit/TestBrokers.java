package io.newsenrich.testkit;

import java.util.Map;

/**
 * Starts the single broker an integration test runs against, in the JVM or in a container as the system property
 * {@value #BROKER_PROPERTY} says: {@value #EMBEDDED} (the default, needs nothing), {@value #TESTCONTAINERS} (needs
 * Docker and Testcontainers on the classpath; {@code ./mvnw verify -Ptestcontainers} sets both up for Failsafe) or
 * {@value #AUTO} (a container where Testcontainers finds a Docker engine, else the JVM). Tests that need several
 * brokers or SCRAM use {@link EmbeddedKafkaCluster} and {@link EmbeddedKafka} directly.
 *
 * <pre>{@code
 * try (KafkaBroker kafka = TestBrokers.single(Map.of("message.max.bytes", "65536"))) {
 *     kafka.createTopics(3, "articles");
 * }
 * }</pre>
 */
public final class TestBrokers {

    /** System property choosing where {@link #single()} runs the broker. */
    public static final String BROKER_PROPERTY = "newsenrich.broker";
    /** {@value #BROKER_PROPERTY} value for a broker in this JVM ({@link EmbeddedKafka}). */
    public static final String EMBEDDED = "embedded";
    /** {@value #BROKER_PROPERTY} value for a broker in a Docker container ({@link ContainerKafka}). */
    public static final String TESTCONTAINERS = "testcontainers";
    /** {@value #BROKER_PROPERTY} value for a container where Docker answers, else a broker in this JVM. */
    public static final String AUTO = "auto";

    private TestBrokers() {
    }

    /** Starts a single broker with the test defaults where {@value #BROKER_PROPERTY} says. */
    public static KafkaBroker single() {
        return single(Map.of());
    }

    /** Starts a single broker with the test defaults overridden by {@code brokerOverrides}. */
    public static KafkaBroker single(Map<String, String> brokerOverrides) {
        return single(System.getProperty(BROKER_PROPERTY, EMBEDDED), brokerOverrides);
    }

    static KafkaBroker single(String choice, Map<String, String> brokerOverrides) {
        // ContainerKafka, and with it Testcontainers, is only loaded on the branches that may need it
        return switch (choice) {
            case EMBEDDED -> EmbeddedKafka.start(brokerOverrides);
            case TESTCONTAINERS -> startContainer(brokerOverrides);
            case AUTO -> dockerAvailable() ? startContainer(brokerOverrides) : EmbeddedKafka.start(brokerOverrides);
            default -> throw new IllegalArgumentException(BROKER_PROPERTY + " must be " + EMBEDDED + ", "
                    + TESTCONTAINERS + " or " + AUTO + ", got '" + choice + "'");
        };
    }

    private static boolean dockerAvailable() {
        try {
            return ContainerKafka.dockerAvailable();
        } catch (NoClassDefFoundError e) {
            return false;
        }
    }

    private static KafkaBroker startContainer(Map<String, String> brokerOverrides) {
        try {
            return ContainerKafka.start(brokerOverrides);
        } catch (NoClassDefFoundError e) {
            throw new IllegalStateException(BROKER_PROPERTY + "=" + TESTCONTAINERS
                    + " needs org.testcontainers:testcontainers-kafka on the test classpath (-Ptestcontainers)", e);
        }
    }
}
