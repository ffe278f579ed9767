package io.newsenrich.sink.stream;

import io.newsenrich.model.CuratedArticle;
import io.newsenrich.model.EnrichedArticle;
import io.newsenrich.model.InvalidRecordException;
import io.newsenrich.sink.CurationState;
import io.newsenrich.sink.Curator;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Curates an enriched record unless the same article id with the same content hash (and extractor) was curated
 * before. The store
 * update and the output are committed in one transaction (exactly-once), so a crash cannot curate twice.
 */
final class CurateProcessor implements Processor<String, EnrichedArticle, String, CuratedArticle> {

    private final Curator curator;
    private final SinkCounters counters;
    private final String storeName;
    private ProcessorContext<String, CuratedArticle> context;
    private KeyValueStore<String, CurationState> curated;

    CurateProcessor(Curator curator, SinkCounters counters, String storeName) {
        this.curator = curator;
        this.counters = counters;
        this.storeName = storeName;
    }

    @Override
    public void init(ProcessorContext<String, CuratedArticle> context) {
        this.context = context;
        this.curated = context.getStateStore(storeName);
    }

    @Override
    public void process(Record<String, EnrichedArticle> record) {
        String id = record.key();
        EnrichedArticle enriched = record.value();
        InvalidRecordException.require(id != null, "enriched record has no key (article id)");
        InvalidRecordException.require(enriched != null, "enriched record " + id + " has no value");
        InvalidRecordException.require(id.equals(enriched.id()),
                "enriched record key " + id + " differs from its article id " + enriched.id());
        CurationState previous = curated.get(id);
        if (previous != null && previous.sameAs(enriched)) {
            counters.duplicate();
            return;
        }
        int version = previous == null ? 1 : previous.version() + 1;
        CuratedArticle article = curator.curate(enriched, version);
        curated.put(id, new CurationState(enriched.sha256(), enriched.extractor(), version));
        context.forward(record.withValue(article));
        counters.curated();
    }
}
