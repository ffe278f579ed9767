package io.newsenrich.sink;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.newsenrich.model.CuratedArticle;
import io.newsenrich.model.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The published JSON Schema of the curated record (model resource {@value #RESOURCE}), as a validator. */
public final class CuratedSchema {

    public static final String RESOURCE = "/schemas/curated-article-v1.schema.json";

    private final JsonSchema schema;

    public CuratedSchema() {
        try (InputStream in = CuratedArticle.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("schema resource missing: " + RESOURCE);
            }
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema violations of {@code json}; empty when valid. */
    public List<String> violations(JsonNode json) {
        return schema.validate(json).stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    public List<String> violations(CuratedArticle article) {
        return violations(Json.mapper().valueToTree(article));
    }
}
