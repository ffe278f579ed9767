package io.newsenrich.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The read-only shared folder (seed, gold, corpus), found through the {@code shared.dir} system property. */
public final class SharedFiles {

    private SharedFiles() {
    }

    public static Path dir() {
        return Path.of(System.getProperty("shared.dir", "../shared"));
    }

    /** Reads a file as UTF-8, replacing malformed bytes, as the pipeline must accept any input. */
    public static String readLenient(Path file) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every article of the corpus (bbc and ptc), in a stable order. */
    public static List<Path> corpus() {
        try (Stream<Path> files = Files.walk(dir().resolve("corpus"))) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().endsWith(".txt"))
                    .filter(f -> !f.getFileName().toString().equalsIgnoreCase("README.txt"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
