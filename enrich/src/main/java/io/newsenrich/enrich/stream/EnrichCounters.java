package io.newsenrich.enrich.stream;

/** What the enrich topology reports as it goes; metrics in the service, nothing in unit tests. */
public interface EnrichCounters {

    EnrichCounters NONE = figures -> { };

    void enriched(int figures);
}
