package io.newsenrich.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.BindException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.common.KafkaException;
import org.junit.jupiter.api.Test;

class PortClashRetryTest {

    private final AtomicInteger calls = new AtomicInteger();

    @Test
    void retriesWhenABindFailureIsAmongTheCauses() {
        String started = AbstractEmbeddedKafka.retryingPortClashes(() -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("starting brokers failed",
                        new KafkaException("Socket server failed to bind", new BindException("in use")));
            }
            return "started";
        });
        assertThat(started).isEqualTo("started");
        assertThat(calls).hasValue(2);
    }

    @Test
    void givesUpAfterThreeClashes() {
        assertThatThrownBy(() -> AbstractEmbeddedKafka.retryingPortClashes(() -> {
            calls.incrementAndGet();
            throw new KafkaException(new BindException("in use"));
        })).hasRootCauseInstanceOf(BindException.class);
        assertThat(calls).hasValue(3);
    }

    @Test
    void otherFailuresAreNotRetried() {
        assertThatThrownBy(() -> AbstractEmbeddedKafka.retryingPortClashes(() -> {
            calls.incrementAndGet();
            throw new IllegalStateException("formatting failed");
        })).hasMessage("formatting failed");
        assertThat(calls).hasValue(1);
    }
}
