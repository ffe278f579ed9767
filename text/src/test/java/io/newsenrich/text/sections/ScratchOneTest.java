package io.newsenrich.text.sections;

import io.newsenrich.text.SectionSplitter;
import org.junit.jupiter.api.Test;

class ScratchOneTest {
    @Test
    void one() {
        String raw = SharedFiles.read(SharedFiles.root().resolve("corpus/" + System.getProperty("one")));
        for (SourceLine l : LineScanner.scan(raw)) {
            PageLine p = LineClassifier.classify(l);
            if (p.kind != LineKind.PLAIN) System.out.println(p.kind + " | " + l.text());
        }
        System.out.println(new SectionSplitter().split(raw).sections());
    }
}
