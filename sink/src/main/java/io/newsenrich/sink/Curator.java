package io.newsenrich.sink;

import static io.newsenrich.model.InvalidRecordException.require;

import io.newsenrich.model.CuratedArticle;
import io.newsenrich.model.EnrichedArticle;
import io.newsenrich.model.Figure;
import io.newsenrich.model.InvalidRecordException;
import io.newsenrich.model.Processing;
import java.time.Clock;
import java.util.List;

/** Validates an enriched record and turns it into a curated one. Plain Java; the sink topology calls it. */
public final class Curator {

    private final CuratedSchema schema;
    private final Clock clock;

    public Curator(CuratedSchema schema, Clock clock) {
        this.schema = schema;
        this.clock = clock;
    }

    /**
     * Checks what the schema cannot see (figure offsets inside the record's own text), builds version
     * {@code version} and checks it against the published schema.
     *
     * @throws InvalidRecordException when the record is not fit for consumers
     */
    public CuratedArticle curate(EnrichedArticle enriched, int version) {
        require(enriched.id() != null && !enriched.id().isBlank(), "enriched record has no article id");
        require(enriched.sha256() != null, "enriched record " + enriched.id() + " has no content hash");
        require(enriched.sections() != null, "enriched record " + enriched.id() + " has no sections");
        require(enriched.schemaVersion() == EnrichedArticle.SCHEMA_VERSION,
                "enriched record " + enriched.id() + " has unsupported schema version " + enriched.schemaVersion());
        enriched.figures().forEach(f -> requireConsistent(enriched.id(), f));
        CuratedArticle curated = new CuratedArticle(CuratedArticle.SCHEMA_VERSION, enriched.id(), version,
                enriched.file(), enriched.source(), enriched.sha256(), enriched.sections(), enriched.figures(),
                enriched.dates(), enriched.extractor(),
                new Processing(enriched.ingestedAt(), enriched.enrichedAt(), clock.instant()));
        List<String> violations = schema.violations(curated);
        require(violations.isEmpty(), "curated record " + enriched.id() + " violates the schema: " + violations);
        return curated;
    }

    private static void requireConsistent(String id, Figure figure) {
        require(figure.start() >= 0 && figure.end() > figure.start()
                        && figure.text() != null && figure.end() - figure.start() == figure.text().length(),
                "figure '" + figure.text() + "' of " + id + " has offsets that do not match its text");
    }
}
