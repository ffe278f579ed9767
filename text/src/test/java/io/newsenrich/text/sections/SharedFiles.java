package io.newsenrich.text.sections;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the read-only shared folder (system property {@code shared.dir}, default ../shared). */
final class SharedFiles {

    private SharedFiles() {
    }

    static Path root() {
        return Path.of(System.getProperty("shared.dir", "../shared"));
    }

    static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }
}
