package io.newsenrich.bench;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Walks the corpus one article per benchmark operation, round and round, so that ops/s is articles/s and the
 * profiler's B/op is bytes allocated per article. Counts the UTF-8 bytes handed out, which JMH reports as the
 * secondary rate {@value #BYTES_METRIC} (bytes/s, printed as "ops/s").
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class Cursor {

    /** The name under which JMH reports {@link #bytes}; not public, as JMH would take it for a counter. */
    static final String BYTES_METRIC = "bytes";

    /** UTF-8 bytes of the articles handed out this iteration; JMH divides it by the iteration time. */
    public long bytes;

    private int next;

    @Setup(Level.Iteration)
    public void resetCount() {
        bytes = 0;
    }

    // The index of the next article, counting its bytes as processed. Not public: JMH reports every public
    // numeric method of a counter state as a counter.
    int advance(CorpusState state) {
        int index = next;
        next = index + 1 == state.size() ? 0 : index + 1;
        bytes += state.utf8Bytes(index);
        return index;
    }
}
