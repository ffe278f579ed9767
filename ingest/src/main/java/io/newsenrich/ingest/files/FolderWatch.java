package io.newsenrich.ingest.files;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches folders (and their sub-folders) for files that are created or changed, and hands each one over once it
 * has been quiet for a while: a file being written fires several events, and publishing a half-written article
 * would curate a version nobody wrote.
 */
public final class FolderWatch implements AutoCloseable {

    private final WatchService service;
    private final Duration quiet;
    private final Map<Path, Long> pending = new LinkedHashMap<>();

    public FolderWatch(List<Path> folders, Duration quiet) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.quiet = quiet;
        for (Path folder : folders) {
            try (Stream<Path> dirs = Files.walk(folder)) {
                for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                    register(dir);
                }
            }
        }
    }

    /**
     * Waits up to {@code timeout} for events and returns the files that have been quiet long enough, oldest first;
     * new sub-folders are watched from then on.
     */
    public List<Path> settled(Duration timeout) throws IOException, InterruptedException {
        WatchKey key;
        try {
            key = service.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ClosedWatchServiceException e) {
            return List.of();
        }
        while (key != null) {
            Path dir = (Path) key.watchable();
            for (WatchEvent<?> event : key.pollEvents()) {
                if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                    continue;
                }
                Path path = dir.resolve((Path) event.context());
                if (Files.isDirectory(path)) {
                    register(path);
                } else if (!path.getFileName().toString().startsWith(".")) {
                    pending.put(path, System.nanoTime());
                }
            }
            key.reset();
            key = service.poll();
        }
        long now = System.nanoTime();
        List<Path> ready = new ArrayList<>();
        pending.entrySet().removeIf(entry -> {
            boolean settled = now - entry.getValue() >= quiet.toNanos();
            if (settled) {
                ready.add(entry.getKey());
            }
            return settled;
        });
        return ready;
    }

    private void register(Path dir) throws IOException {
        dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}
