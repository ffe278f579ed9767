package io.newsenrich.text.sections;

import io.newsenrich.text.SectionSplitter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ScratchPerfTest {
    @Test
    void perf() throws Exception {
        List<String> texts;
        try (Stream<Path> files = Files.walk(SharedFiles.root().resolve("corpus"))) {
            texts = files.filter(p -> p.toString().endsWith(".txt")).map(SharedFiles::read).toList();
        }
        List<SourceLine> lines = texts.stream().flatMap(t -> LineScanner.scan(t).stream()).toList();
        long chars = texts.stream().mapToLong(String::length).sum();
        System.out.println("non-ascii " + texts.stream().mapToLong(t -> t.chars().filter(c -> c >= 128).count()).sum()
            + " >=256 " + texts.stream().mapToLong(t -> t.chars().filter(c -> c >= 256).count()).sum());
        SectionSplitter s = new SectionSplitter();
        for (int round = 0; round < Integer.getInteger("rounds", 6); round++) {
            if (Boolean.getBoolean("scanOnly")) {
                time("scan", chars, () -> texts.stream().mapToInt(t -> LineScanner.scan(t).size()).sum());
                time("spaces", chars, () -> texts.stream().mapToInt(t -> { int n = 0; for (int i = 0; i < t.length(); i++) if (LineScanner.isSpace(t.charAt(i))) n++; return n; }).sum());
                time("fold", chars, () -> texts.stream().mapToInt(t -> Cues.fold(t).length()).sum());
                time("hash", chars, () -> texts.stream().mapToInt(t -> new String(t.toCharArray()).hashCode()).sum());
                continue;
            }
            if (Boolean.getBoolean("splitOnly")) { time("split", chars, () -> texts.stream().mapToInt(t -> s.split(t).spans().size()).sum()); continue; }
            time("split", chars, () -> texts.stream().mapToInt(t -> s.split(t).spans().size()).sum());
            time("scan", chars, () -> texts.stream().mapToInt(t -> LineScanner.scan(t).size()).sum());
            line("credit", chars, lines, l -> CreditSplitter.split(l) == null ? 0 : 1);
            line("promo", chars, lines, l -> Promos.isPromo(l) ? 1 : 0);
            line("bio", chars, lines, l -> Bylines.bioName(l) == null ? 0 : 1);
            line("names", chars, lines, l -> Bylines.nameLineNames(l).size());
            line("by", chars, lines, l -> Bylines.byLineNames(l).size() + Bylines.wireCreditNames(l).size());
            line("related", chars, lines, l -> Related.linkText(l) == null ? 0 : 1);
            line("classify", chars, lines, l -> LineClassifier.classify(l).kind.ordinal());
        }
    }

    private static void line(String what, long chars, List<SourceLine> lines, ToIntFunction<SourceLine> f) {
        time(what, chars, () -> lines.stream().mapToInt(f).sum());
    }

    private static void time(String what, long chars, java.util.function.IntSupplier f) {
        var mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long t0 = mx.getCurrentThreadCpuTime();
        int sink = f.getAsInt();
        double sec = (mx.getCurrentThreadCpuTime() - t0) / 1e9;
        System.out.printf("%-9s %7.1f MB/s %d%n", what, chars / sec / 1e6, sink);
    }
}
