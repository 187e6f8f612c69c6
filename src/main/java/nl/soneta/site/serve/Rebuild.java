package nl.soneta.site.serve;

import java.time.Duration;
import java.util.Set;
import nl.soneta.site.build.BuildResult;
import nl.soneta.site.content.Diagnostics;

/**
 * What one rebuild of the preview did.
 *
 * @param rendered the site paths of the pages rendered again, such as {@code /organisaties/humanitas/}
 * @param removed  the site paths of pages that no longer exist
 * @param changedFiles how many output files (pages, feeds, index, assets) differ from the previous snapshot
 */
public record Rebuild(Diagnostics diagnostics, Set<String> rendered, Set<String> removed, int changedFiles,
                      Duration took) {

    /** As a build's result, for the terminal report that {@code build} also prints. */
    public BuildResult result() {
        return new BuildResult(diagnostics, rendered.size(), changedFiles, 0, took);
    }

    public boolean succeeded() {
        return !diagnostics.hasErrors();
    }

    /** Whether open pages should reload: something they could show changed, or the build broke. */
    public boolean changedAnything() {
        return !succeeded() || changedFiles > 0;
    }
}
