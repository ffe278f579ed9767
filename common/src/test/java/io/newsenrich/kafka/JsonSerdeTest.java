package io.newsenrich.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsenrich.model.RawArticle;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonSerdeTest {

    private final JsonSerde<RawArticle> serde = new JsonSerde<>(RawArticle.class);

    @Test
    void roundTripsARecord() {
        RawArticle article = RawArticle.of("id-1", "seeds/id-1.txt", "Héadline “quoted”\n\nBody.",
                Instant.parse("2026-01-01T00:00:00Z"));
        byte[] bytes = serde.serialize("t", article);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\"ingestedAt\":\"2026-01-01T00:00:00Z\"");
        assertThat(serde.deserialize("t", bytes)).isEqualTo(article);
    }

    @Test
    void serializingTheSameValueAgainReusesItsBytes() {
        RawArticle article = RawArticle.of("id-1", "s", "Text.", Instant.parse("2026-01-01T00:00:00Z"));
        RawArticle equalCopy = RawArticle.of("id-1", "s", "Text.", Instant.parse("2026-01-01T00:00:00Z"));
        RawArticle other = RawArticle.of("id-2", "s", "Other text.", Instant.parse("2026-01-01T00:00:00Z"));
        byte[] first = serde.serialize("t", article);

        assertThat(serde.serialize("t", article)).isSameAs(first);
        assertThat(serde.serialize("t", equalCopy)).isNotSameAs(first).isEqualTo(first);
        assertThat(serde.deserialize("t", serde.serialize("t", other))).isEqualTo(other);
    }

    @Test
    void nullStaysNull() {
        assertThat(serde.serialize("t", null)).isNull();
        assertThat(serde.deserialize("t", null)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not json", "[1,2]", "{\"unknownField\":1}", "{\"id\":", "42"})
    void badBytesAreASerializationError(String value) {
        assertThatThrownBy(() -> serde.deserialize("raw", value.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("raw");
    }

    @Test
    void invalidUtf8IsASerializationError() {
        byte[] bytes = {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        assertThatThrownBy(() -> serde.deserialize("raw", bytes)).isInstanceOf(SerializationException.class);
    }
}
