package io.newsenrich.text.sections;

import io.newsenrich.model.Sections;
import io.newsenrich.text.SectionSplitter;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;
import java.util.stream.*;
import org.junit.jupiter.api.Test;

class ScratchDumpTest {
    @Test
    void dump() throws Exception {
        SectionSplitter s = new SectionSplitter();
        for (String corpus : List.of("bbc", "ptc")) {
            try (PrintWriter out = new PrintWriter("/tmp/scratch/" + corpus + ".txt");
                 Stream<Path> files = Files.walk(SharedFiles.root().resolve("corpus").resolve(corpus))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".txt") && !p.toString().endsWith("README.TXT")).sorted().toList()) {
                    String raw = SharedFiles.read(f);
                    Sections sec = s.split(raw).sections();
                    List<String> lines = raw.lines().map(l -> l.replaceAll("^[\\s\\u00A0\\u200B\\uFEFF•·]*([-*–]\\s+)*", "").replaceAll("[\\s\\u200B]+$", "")).filter(l -> !l.isEmpty()).distinct().toList();
                    List<String> rest = lines.subList(1, lines.size());
                    boolean ok = lines.get(0).equals(sec.headline()) && rest.equals(sec.body());
                    if (!ok) {
                        out.println("== " + f);
                        if (!lines.get(0).equals(sec.headline())) out.println("  HEADLINE " + sec.headline());
                        if (sec.standfirst() != null) out.println("  STANDFIRST " + sec.standfirst());
                        sec.captions().forEach(c -> out.println("  CAPTION " + c));
                        sec.related().forEach(c -> out.println("  RELATED " + c));
                        sec.promos().forEach(c -> out.println("  PROMO " + c));
                        if (!sec.byline().isEmpty()) out.println("  BYLINE " + sec.byline());
                        if (sec.authorBio() != null) out.println("  BIO " + sec.authorBio());
                        Set<String> body = new HashSet<>(sec.body());
                        rest.stream().filter(l -> !body.contains(l)).forEach(l -> out.println("  notbody: " + l));
                    }
                    if (sec.publisher() != null) out.println("  PUBLISHER " + sec.publisher() + " " + f);
                }
            }
        }
    }
}
