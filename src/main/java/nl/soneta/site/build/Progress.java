package nl.soneta.site.build;

import java.time.Duration;

/** Receives one report per finished pipeline stage. */
public interface Progress {
    Progress SILENT = (stage, summary, took) -> { };

    void stage(String stage, String summary, Duration took);
}
