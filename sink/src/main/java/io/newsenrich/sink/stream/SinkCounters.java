package io.newsenrich.sink.stream;

/** What the sink topology reports as it goes; metrics in the service, nothing in unit tests. */
public interface SinkCounters {

    SinkCounters NONE = new SinkCounters() {
        @Override
        public void curated() {
        }

        @Override
        public void duplicate() {
        }
    };

    void curated();

    void duplicate();
}
