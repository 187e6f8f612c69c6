package nl.soneta.site.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An editor who keeps saving, for a preview under load: one change to the project's files at a time, in a cycle
 * that covers the kinds of save the preview must survive. Two counters make every served response datable: the
 * summary of one organisation carries {@code proefteller-N} and the page layout {@code sjabloonteller-N}, each
 * raised by one with every save of that file, so a page that mixes two builds shows two different numbers and a
 * page older than one already served shows a lower number.
 *
 * <p>The organisations it renames, deletes and breaks are named by no other content file, so the deliberately
 * broken file is the only error the site can have.
 */
final class EditorSaves {
    static final String COUNTED = "content/organisaties/buurtzorg.md";
    static final String BROKEN = "content/organisaties/cmo-flevoland.md";
    static final String RENAMED = "content/organisaties/kinderburgermeester.md";
    static final String RENAMED_TO = "content/organisaties/kinderburgermeester-almere.md";
    static final String RECREATED = "content/organisaties/homerushuis.md";
    static final String LAYOUT = "theme/templates/layout/page.jte";
    static final String SUMMARY_MARK = "proefteller-";
    static final String TEMPLATE_MARK = "sjabloonteller-";

    private static final String SUMMARY =
            "summary: Buurtzorg is een organisatie voor zorg aan huis die werkt vanuit het resultaat voor mensen.";
    private static final String FOOTER = "<p>Deze website gebruikt geen cookies en volgt u niet.</p>";
    private static final String VALID_KIND = "kind: welzijn\n";
    private static final String INVALID_KIND = "kind: [welzijn\n";
    /** Short enough for dozens of saves in a run, and for saves that arrive while the preview rebuilds. */
    private static final long PAUSE_MILLIS = 90;
    /** How long the preview may take to show a save while it is under load; a layout save renders every page. */
    static final Duration REBUILD_LIMIT = Duration.ofSeconds(30);

    private final Path root;
    private final String countedOriginal;
    private final String layoutOriginal;
    private final String brokenOriginal;
    private final String recreatedOriginal;
    private final AtomicInteger changes = new AtomicInteger();
    private int summaryCount;
    private int templateCount;
    private volatile long firstBreak = Long.MAX_VALUE;
    private long lastSave;
    private int cycles;

    EditorSaves(Path root) {
        this.root = root;
        this.countedOriginal = read(COUNTED);
        this.layoutOriginal = read(LAYOUT);
        this.brokenOriginal = read(BROKEN);
        this.recreatedOriginal = read(RECREATED);
        check(countedOriginal.contains(SUMMARY + "\n"), COUNTED + " has its summary on one line");
        check(layoutOriginal.contains(FOOTER), LAYOUT + " has its footer line");
        check(brokenOriginal.contains(VALID_KIND), BROKEN + " has its kind");
    }

    /** Puts both counters at 0 before the preview starts, so every page that can show one does. */
    void prepare() {
        writeAtomically(COUNTED, countedOriginal.replace(SUMMARY, summary(0)));
        writeAtomically(LAYOUT, layoutOriginal.replace(FOOTER, footer(0)));
        changes.set(0);
    }

    /**
     * Saves in whole cycles, one change a step, until a cycle ends after {@code deadline} (a {@link System#nanoTime()}).
     * Twice a cycle it waits until the preview has shown a rebuild that read the files after the last save: after
     * breaking a file, so that the error page is served under load too; and after saving the layout while the file
     * is broken, so that the layout change goes into a rebuild that fails, and must still reach every page once the
     * file is fixed.
     */
    void saveUntil(long deadline, ProjectPreview preview) throws InterruptedException {
        Runnable awaitRebuild = () -> awaitRebuildSince(lastSave, preview);
        List<Runnable> cycle = List.of(this::saveSummary, this::saveSummary, this::breakFile, awaitRebuild,
                this::saveSummary, this::saveLayout, awaitRebuild, this::fixFile,
                this::rename, this::saveSummary, this::delete, this::saveSummary, this::recreate);
        do {
            for (Runnable step : cycle) {
                step.run();
                Thread.sleep(PAUSE_MILLIS);
            }
            cycles++;
        } while (System.nanoTime() < deadline);
    }

    /** Leaves the project valid: fixes the broken file if the run stopped while it was broken. */
    void finish() {
        if (!read(BROKEN).equals(brokenOriginal)) {
            fixFile();
        }
    }

    /** How many times the editor went through every kind of save. */
    int cycles() {
        return cycles;
    }

    int changes() {
        return changes.get();
    }

    int summarySaves() {
        return summaryCount;
    }

    int templateSaves() {
        return templateCount;
    }

    /** When the first deliberately broken save happened; no error page may arrive before it. */
    long firstBreak() {
        return firstBreak;
    }

    private void saveSummary() {
        writeAtomically(COUNTED, countedOriginal.replace(SUMMARY, summary(++summaryCount)));
    }

    private void saveLayout() {
        writeAtomically(LAYOUT, layoutOriginal.replace(FOOTER, footer(++templateCount)));
    }

    /** Saved in place, as most editors do: the preview may read it half-written, which is an error in it too. */
    private void breakFile() {
        firstBreak = Math.min(firstBreak, System.nanoTime());
        writeInPlace(BROKEN, brokenOriginal.replace(VALID_KIND, INVALID_KIND));
    }

    private void fixFile() {
        writeInPlace(BROKEN, brokenOriginal);
    }

    private void rename() {
        Path from = root.resolve(RENAMED);
        Path to = root.resolve(RENAMED_TO);
        try {
            if (Files.exists(from)) {
                Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
            } else {
                Files.move(to, from, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        saved();
    }

    private void delete() {
        try {
            Files.delete(root.resolve(RECREATED));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        saved();
    }

    private void recreate() {
        writeAtomically(RECREATED, recreatedOriginal);
    }

    private static void awaitRebuildSince(long save, ProjectPreview preview) {
        long limit = System.nanoTime() + REBUILD_LIMIT.toNanos();
        try {
            while (!preview.showedRebuildStartedAfter(save)) {
                if (System.nanoTime() > limit) {
                    throw new AssertionError("no rebuild shown within " + REBUILD_LIMIT + " after a save: "
                            + preview.rebuilds());
                }
                Thread.sleep(10);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String summary(int count) {
        return "summary: Buurtzorg werkt vanuit het resultaat voor mensen, " + SUMMARY_MARK + count + ".";
    }

    private static String footer(int count) {
        return FOOTER + "\n<p>" + TEMPLATE_MARK + count + "</p>";
    }

    /** A hidden temporary file renamed over the file, as editors that save safely do; content/ ignores hidden files. */
    private void writeAtomically(String file, String text) {
        Path target = root.resolve(file);
        Path temporary = target.resolveSibling("." + target.getFileName() + ".tmp");
        try {
            Files.writeString(temporary, text);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        saved();
    }

    private void writeInPlace(String file, String text) {
        try {
            Files.writeString(root.resolve(file), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        saved();
    }

    private void saved() {
        changes.incrementAndGet();
        lastSave = System.nanoTime();
    }

    private String read(String file) {
        try {
            return Files.readString(root.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void check(boolean holds, String what) {
        if (!holds) {
            throw new IllegalStateException("the project changed: expected that " + what);
        }
    }
}
