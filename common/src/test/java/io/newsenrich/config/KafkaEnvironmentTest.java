package io.newsenrich.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class KafkaEnvironmentTest {

    @ParameterizedTest
    @CsvSource({
        "KAFKA_MAX_POLL_RECORDS, max.poll.records",
        "KAFKA_BOOTSTRAP_SERVERS, bootstrap.servers",
        "KAFKA_SASL_JAAS_CONFIG, sasl.jaas.config",
        "KAFKA_SOME___DASHED_NAME, some-dashed.name",
        "KAFKA_UNDER__SCORE, under_score",
    })
    void mapsVariableNamesToPropertyNames(String variable, String property) {
        assertThat(KafkaEnvironment.propertyName(variable)).isEqualTo(property);
    }

    @Test
    void takesOnlyKafkaVariablesAndNeverLauncherOptions() {
        var props = KafkaEnvironment.properties(Map.of(
                "KAFKA_MAX_POLL_RECORDS", "50",
                "KAFKA_HEAP_OPTS", "-Xmx1g",
                "KAFKA_OPTS", "-Dx=y",
                "APP_TOPIC", "t",
                "PATH", "/bin"));
        assertThat(props).containsOnlyKeys("max.poll.records");
        assertThat(props.getProperty("max.poll.records")).isEqualTo("50");
    }
}
