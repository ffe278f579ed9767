package io.newsenrich.text.sections;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** Small builders the section tests share. */
final class TestLines {

    private TestLines() {
    }

    /** The first scanned line of {@code text}, as the classifiers see it. */
    static SourceLine line(String text) {
        return LineScanner.scan(text).get(0);
    }

    /** Every combination of one value from each dimension, as test arguments. */
    static Stream<Arguments> product(List<?>... dimensions) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of());
        for (List<?> dimension : dimensions) {
            List<List<Object>> next = new ArrayList<>();
            for (List<Object> row : rows) {
                for (Object value : dimension) {
                    List<Object> longer = new ArrayList<>(row);
                    longer.add(value);
                    next.add(longer);
                }
            }
            rows = next;
        }
        return rows.stream().map(row -> Arguments.of(row.toArray()));
    }
}
