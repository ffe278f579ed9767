package io.newsenrich.enrich.cli;

import com.fasterxml.jackson.databind.ObjectWriter;
import io.newsenrich.enrich.Enricher;
import io.newsenrich.model.EnrichedArticle;
import io.newsenrich.model.Json;
import io.newsenrich.model.RawArticle;
import io.newsenrich.model.Utf8;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code enrich analyze FILE...}: one enriched record per file as a JSON line on stdout, exactly as on the topic. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Enrich text files offline (no Kafka): one JSON line per file on stdout.")
final class AnalyzeCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Article text files (UTF-8)")
    List<Path> files;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Enricher enricher = Enricher.withRules(Clock.systemUTC());
        ObjectWriter writer = Json.mapper().writerFor(EnrichedArticle.class);
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        int failures = 0;
        for (Path file : files) {
            try {
                String text = readText(file);
                String name = file.getFileName().toString();
                RawArticle raw = RawArticle.of(RawArticle.idOf(name), file.toString(), text, null);
                out.println(writer.writeValueAsString(enricher.enrich(raw)));
            } catch (IOException e) {
                failures++;
                spec.commandLine().getErr().println("analyze: cannot read " + file + ": " + e.getMessage());
            }
        }
        out.flush();
        return failures == 0 ? 0 : 1;
    }

    /** UTF-8; a file that is not valid UTF-8 is still analysed, with a warning and U+FFFD for bad bytes. */
    private String readText(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        return Utf8.decodeStrict(bytes).orElseGet(() -> {
            spec.commandLine().getErr().println("analyze: " + file + " is not valid UTF-8; bad bytes replaced");
            return new String(bytes, StandardCharsets.UTF_8);
        });
    }
}
