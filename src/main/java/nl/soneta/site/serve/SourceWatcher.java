package nl.soneta.site.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches folders and everything below them, folders created later included, and reports changed files in
 * batches. Editors save in bursts (write in place, or write a temporary file and rename it over the old one,
 * sometimes deleting first), so events are collected until the folders have been quiet for {@code quiet}; one
 * save then gives one rebuild.
 */
public final class SourceWatcher implements AutoCloseable {
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final Duration quiet;

    public SourceWatcher(List<Path> roots, Duration quiet) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.quiet = quiet;
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                registerTree(root);
            }
        }
    }

    /** Blocks, handing each batch of changed paths to {@code changes}, until closed. */
    public void run(Consumer<Set<Path>> changes) {
        try {
            while (true) {
                Set<Path> batch = new LinkedHashSet<>();
                collect(service.take(), batch);
                WatchKey next;
                while ((next = service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    collect(next, batch);
                }
                changes.accept(batch);
            }
        } catch (ClosedWatchServiceException | InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    private void collect(WatchKey key, Set<Path> batch) {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW || folder == null) {
                // events were lost: report the folder itself, which a rebuild treats like any change
                batch.add(folder == null ? Path.of(".") : folder);
                continue;
            }
            Path changed = folder.resolve((Path) event.context());
            batch.add(changed);
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(changed)) {
                try {
                    registerTree(changed);
                } catch (UncheckedIOException vanished) {
                    // removed again before it could be watched: nothing in it to report
                }
                // files may have appeared in it before it was watched
                try (Stream<Path> inside = Files.walk(changed)) {
                    inside.forEach(batch::add);
                } catch (IOException e) {
                    batch.add(changed);
                }
            }
        }
        if (!key.reset()) {
            folders.remove(key);
        }
    }

    private void registerTree(Path root) {
        try (Stream<Path> tree = Files.walk(root)) {
            for (Path folder : tree.filter(Files::isDirectory).toList()) {
                folders.put(folder.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY), folder);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + root, e);
        }
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}
