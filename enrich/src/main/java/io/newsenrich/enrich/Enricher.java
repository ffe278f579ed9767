package io.newsenrich.enrich;

import static io.newsenrich.model.InvalidRecordException.require;

import io.newsenrich.model.Analysis;
import io.newsenrich.model.EnrichedArticle;
import io.newsenrich.model.RawArticle;
import io.newsenrich.model.Sections;
import io.newsenrich.text.ArticleAnalyzer;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Function;

/** Turns a raw article into an enriched one with a text core. Plain Java: the topology and {@code analyze} share it. */
public final class Enricher {

    private final Function<String, Analysis> textCore;
    private final String textCoreVersion;
    private final Clock clock;

    /**
     * @param textCore        the analysis of one article's text
     * @param textCoreVersion recorded in each enriched record, so consumers know which rules produced it
     */
    public Enricher(Function<String, Analysis> textCore, String textCoreVersion, Clock clock) {
        this.textCore = textCore;
        this.textCoreVersion = textCoreVersion;
        this.clock = clock;
    }

    /** The production text core: {@link ArticleAnalyzer}. */
    public static Enricher withRules(Clock clock) {
        return new Enricher(new ArticleAnalyzer()::analyze, ArticleAnalyzer.version(), clock);
    }

    /**
     * A pass-through text core for benchmarks: the whole text as one body paragraph, no figures. Measures what the
     * pipeline costs without the text core.
     */
    public static Enricher passThrough(Clock clock) {
        return new Enricher(text -> new Analysis(new Sections(null, null, List.of(), List.of(text), List.of(),
                List.of(), List.of(), null, null), List.of(), List.of()), "pass-through", clock);
    }

    /** @throws io.newsenrich.model.InvalidRecordException when the raw record lacks what enrichment needs */
    public EnrichedArticle enrich(RawArticle raw) {
        require(raw.id() != null && !raw.id().isBlank(), "raw record has no article id");
        require(raw.text() != null, "raw record " + raw.id() + " has no text");
        require(raw.schemaVersion() == RawArticle.SCHEMA_VERSION,
                "raw record " + raw.id() + " has unsupported schema version " + raw.schemaVersion());
        Analysis analysis = textCore.apply(raw.text());
        return new EnrichedArticle(EnrichedArticle.SCHEMA_VERSION, raw.id(), fileName(raw.source(), raw.id()),
                raw.source(), raw.sha256(), analysis.sections(), analysis.figures(), analysis.dates(),
                textCoreVersion, raw.ingestedAt(), clock.instant());
    }

    private static String fileName(String source, String id) {
        if (source == null || source.isBlank()) {
            return id;
        }
        Path name = Path.of(source).getFileName();
        return name == null ? id : name.toString();
    }
}
