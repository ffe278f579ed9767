package io.newsenrich.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContainerKafkaTest {

    @ParameterizedTest
    @CsvSource({
        "message.max.bytes, KAFKA_MESSAGE_MAX_BYTES",
        "transaction.state.log.min.isr, KAFKA_TRANSACTION_STATE_LOG_MIN_ISR",
        "scram-sha-256.sasl.jaas.config, KAFKA_SCRAM___SHA___256_SASL_JAAS_CONFIG",
        "remote_log_storage.x, KAFKA_REMOTE__LOG__STORAGE_X"
    })
    void brokerPropertiesBecomeTheImagesEnvironmentVariables(String property, String variable) {
        assertThat(ContainerKafka.environmentVariable(property)).isEqualTo(variable);
    }

    @Test
    void environmentKeepsEveryValue() {
        assertThat(ContainerKafka.environment(Map.of("message.max.bytes", "65536", "num.io.threads", "2")))
                .containsOnly(Map.entry("KAFKA_MESSAGE_MAX_BYTES", "65536"), Map.entry("KAFKA_NUM_IO_THREADS", "2"));
    }
}
