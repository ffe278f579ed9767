package io.newsenrich.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TestBrokersTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "docker", "Embedded", "testcontainer"})
    void anUnknownChoiceNamesTheValidOnes(String choice) {
        assertThatThrownBy(() -> TestBrokers.single(choice, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("embedded, testcontainers or auto")
                .hasMessageContaining("'" + choice + "'");
    }
}
