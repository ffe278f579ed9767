package io.newsenrich.ingest.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Expands the paths given to ingest into the files to read: folders recursively, in a stable (sorted) order. */
public final class ArticleFiles {

    private ArticleFiles() {
    }

    /**
     * The regular files under {@code paths}; hidden files (names starting with '.') are left out, so editor and VCS
     * leftovers are never published.
     *
     * @throws IllegalArgumentException when a path does not exist
     */
    public static List<Path> expand(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new IllegalArgumentException("no such file or folder: " + path);
            }
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> !p.getFileName().toString().startsWith("."))
                            .sorted()
                            .forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + path + ": " + e.getMessage(), e);
                } catch (UncheckedIOException e) {
                    throw new UncheckedIOException("cannot list " + path + ": " + e.getCause().getMessage(),
                            e.getCause());
                }
            } else {
                files.add(path);
            }
        }
        return files;
    }
}
