package nl.soneta.site.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import nl.soneta.site.build.BuildOptions;
import nl.soneta.site.build.BuildResult;
import nl.soneta.site.build.Progress;
import nl.soneta.site.build.SitePipeline;
import nl.soneta.site.render.SiteRenderer;

/** A project folder written by a test: content files plus the real theme assets, built with the real pipeline. */
public final class SiteFixture {
    /** The day every test build is for, so that "upcoming" and "past" do not change with the calendar. */
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    public static final Path PROJECT = Path.of("").toAbsolutePath();

    private final Path root;

    private SiteFixture(Path root) {
        this.root = root;
    }

    /** An empty project in {@code root} that uses this repository's theme assets. */
    public static SiteFixture in(Path root) {
        SiteFixture fixture = new SiteFixture(root);
        try {
            Files.createDirectories(root.resolve("content"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FileTrees.copy(PROJECT.resolve("theme/assets"), root.resolve("theme/assets"));
        return fixture;
    }

    /** This repository's own project folder: the real SONETA content. */
    public static SiteFixture project() {
        return new SiteFixture(PROJECT);
    }

    /** A complete project folder that something else wrote, such as a generated benchmark corpus. */
    public static SiteFixture existing(Path root) {
        return new SiteFixture(root);
    }

    public Path root() {
        return root;
    }

    public SiteFixture file(String path, String text) {
        return bytes(path, text.getBytes(StandardCharsets.UTF_8));
    }

    public SiteFixture bytes(String path, byte[] bytes) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Replaces {@code from} in a file of the project by {@code to}, as an editor's save does; fails when it is not there. */
    public Path replace(String path, String from, String to) {
        Path file = root.resolve(path);
        try {
            String text = Files.readString(file);
            if (!text.contains(from)) {
                throw new IllegalArgumentException(path + " does not contain " + from);
            }
            Files.writeString(file, text.replace(from, to));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    public BuildResult build(Path out, String baseUrl) {
        return pipeline().build(options(out, Optional.ofNullable(baseUrl), false));
    }

    public BuildResult build(Path out, String baseUrl, boolean drafts) {
        return pipeline().build(options(out, Optional.ofNullable(baseUrl), drafts));
    }

    public BuildResult check() {
        return pipeline().check(options(root.resolve("target/never-written"), Optional.empty(), false));
    }

    private BuildOptions options(Path out, Optional<String> baseUrl, boolean drafts) {
        return new BuildOptions(root, out, baseUrl, drafts, TODAY);
    }

    private static SitePipeline pipeline() {
        return new SitePipeline(SiteRenderer.precompiled(), Progress.SILENT);
    }
}
