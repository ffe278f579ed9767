package io.newsenrich.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SecretsTest {

    @ParameterizedTest
    @CsvSource({
        "sasl.jaas.config, true",
        "ssl.keystore.password, true",
        "ssl.key.password, true",
        "ssl.truststore.password, true",
        "basic.auth.user.info.secret, true",
        "sasl.oauthbearer.token.endpoint.url, true",
        "bootstrap.servers, false",
        "ssl.keystore.location, false",
        "max.poll.records, false",
    })
    void recognisesSecretKeys(String key, boolean secret) {
        assertThat(Secrets.isSecret(key)).isEqualTo(secret);
    }

    @Test
    void masksSecretValuesOnly() {
        var masked = Secrets.masked(Map.of(
                "sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required "
                        + "username=\"app\" password=\"s3cret\";",
                "bootstrap.servers", "localhost:9092"));
        assertThat(masked).containsEntry("sasl.jaas.config", Secrets.MASK)
                .containsEntry("bootstrap.servers", "localhost:9092");
        assertThat(masked.toString()).doesNotContain("s3cret");
    }
}
