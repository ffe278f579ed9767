package io.newsenrich.sink;

import io.newsenrich.model.EnrichedArticle;
import java.util.Objects;

/**
 * What sink remembers per article id: the content hash and extractor version it last curated, and that version's
 * number. The extractor is part of the identity so that re-enriching the same text with new rules curates anew.
 */
public record CurationState(String contentHash, String extractor, int version) {

    /** True when {@code enriched} is what this state already curated. */
    public boolean sameAs(EnrichedArticle enriched) {
        return contentHash.equals(enriched.sha256()) && Objects.equals(extractor, enriched.extractor());
    }
}
