package io.newsenrich.testkit;

import java.util.Map;
import java.util.Objects;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.common.config.SaslConfigs;

/**
 * A SCRAM-SHA-256 user: the broker is formatted with its credential and clients authenticate with it over
 * SASL_PLAINTEXT.
 *
 * <p>The name and password must not contain {@code ,}, {@code [}, {@code ]}, {@code "} or {@code =}, because the
 * storage formatter parses them from a bracketed list.
 */
public record ScramUser(String name, String password) {

    static final String MECHANISM = "SCRAM-SHA-256";

    public ScramUser {
        requirePlain(name, "name");
        requirePlain(password, "password");
    }

    /** The client settings (security protocol, mechanism, JAAS login) that authenticate as this user. */
    public Map<String, Object> clientProperties() {
        return Map.of(
                CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_PLAINTEXT",
                SaslConfigs.SASL_MECHANISM, MECHANISM,
                SaslConfigs.SASL_JAAS_CONFIG,
                "org.apache.kafka.common.security.scram.ScramLoginModule required"
                        + " username=\"" + name + "\" password=\"" + password + "\";");
    }

    /** The {@code kafka-storage format --add-scram} argument that stores this user's credential. */
    String formatArgument() {
        return MECHANISM + "=[name=" + name + ",password=" + password + "]";
    }

    private static void requirePlain(String value, String what) {
        Objects.requireNonNull(value, what);
        if (value.isEmpty() || value.chars().anyMatch(c -> ",[]\"=".indexOf(c) >= 0)) {
            throw new IllegalArgumentException("SCRAM " + what + " must be non-empty without , [ ] \" =");
        }
    }
}
