package io.newsenrich.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsenrich.model.CuratedArticle;
import io.newsenrich.model.EnrichedArticle;
import io.newsenrich.model.InvalidRecordException;
import io.newsenrich.model.Json;
import io.newsenrich.model.Sections;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CuratorTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private final CuratedSchema schema = new CuratedSchema();
    private final Curator curator = new Curator(schema, Clock.fixed(NOW, ZoneOffset.UTC));

    private static EnrichedArticle enriched(int schemaVersion, String hash) {
        Sections sections = new Sections("H", null, List.of(), List.of("B."), List.of(), List.of(), List.of(), null,
                null);
        return new EnrichedArticle(schemaVersion, "id", "id.txt", "id.txt", hash, sections, List.of(), List.of(),
                "x", null, NOW);
    }

    @Test
    void curatedRecordMatchesThePublishedSchema() {
        CuratedArticle curated = curator.curate(enriched(1, "0".repeat(64)), 3);
        assertThat(curated.version()).isEqualTo(3);
        assertThat(schema.violations(curated)).isEmpty();
    }

    @Test
    void unsupportedEnrichedVersionIsInvalid() {
        assertThatThrownBy(() -> curator.curate(enriched(9, "0".repeat(64)), 1))
                .isInstanceOf(InvalidRecordException.class).hasMessageContaining("schema version 9");
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "contentHash", "sections", "figures", "processing"})
    void schemaRejectsARecordMissingARequiredField(String field) {
        ObjectNode json = Json.mapper().valueToTree(curator.curate(enriched(1, "0".repeat(64)), 1));
        json.remove(field);
        assertThat(schema.violations(json)).isNotEmpty();
    }

    @Test
    void schemaRejectsUnknownFields() {
        ObjectNode json = Json.mapper().valueToTree(curator.curate(enriched(1, "0".repeat(64)), 1));
        json.put("surprise", true);
        assertThat(schema.violations(json)).isNotEmpty();
    }
}
