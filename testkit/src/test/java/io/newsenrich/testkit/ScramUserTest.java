package io.newsenrich.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScramUserTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "a,b", "a]", "[a", "a\"b", "a=b"})
    void rejectsPasswordsTheFormatterCannotParse(String password) {
        assertThatIllegalArgumentException().isThrownBy(() -> new ScramUser("app", password));
    }

    @Test
    void clientLoginCarriesNameAndPassword() {
        assertThat(new ScramUser("app", "pw-1").clientProperties().get("sasl.jaas.config").toString())
                .contains("ScramLoginModule required", "username=\"app\"", "password=\"pw-1\"");
    }
}
