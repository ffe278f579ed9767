package io.newsenrich.enrich;

import static io.newsenrich.model.InvalidRecordException.require;

import io.newsenrich.model.Analysis;
import io.newsenrich.model.EnrichedArticle;
import io.newsenrich.model.RawArticle;
import io.newsenrich.text.ArticleAnalyzer;
import java.nio.file.Path;
import java.time.Clock;

/** Turns a raw article into an enriched one with the text core. Plain Java: the topology and {@code analyze} share it. */
public final class Enricher {

    private final ArticleAnalyzer analyzer;
    private final Clock clock;

    public Enricher(ArticleAnalyzer analyzer, Clock clock) {
        this.analyzer = analyzer;
        this.clock = clock;
    }

    /** @throws io.newsenrich.model.InvalidRecordException when the raw record lacks what enrichment needs */
    public EnrichedArticle enrich(RawArticle raw) {
        require(raw.id() != null && !raw.id().isBlank(), "raw record has no article id");
        require(raw.text() != null, "raw record " + raw.id() + " has no text");
        require(raw.schemaVersion() == RawArticle.SCHEMA_VERSION,
                "raw record " + raw.id() + " has unsupported schema version " + raw.schemaVersion());
        Analysis analysis = analyzer.analyze(raw.text());
        return new EnrichedArticle(EnrichedArticle.SCHEMA_VERSION, raw.id(), fileName(raw.source(), raw.id()),
                raw.source(), raw.sha256(), analysis.sections(), analysis.figures(), analysis.dates(),
                ArticleAnalyzer.VERSION, raw.ingestedAt(), clock.instant());
    }

    private static String fileName(String source, String id) {
        if (source == null || source.isBlank()) {
            return id;
        }
        Path name = Path.of(source).getFileName();
        return name == null ? id : name.toString();
    }
}
