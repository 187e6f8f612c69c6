package nl.soneta.site.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One progress line of {@code soneta-site build}, such as {@code search    10133 documents   812 ms}: the
 * pipeline's own timing of one stage, which is how the benchmark sees a stage inside a child JVM.
 */
record StageReport(String stage, String summary, Duration took) {
    /** The format of the CLI's Reporter: stage name, summary, milliseconds. */
    private static final Pattern LINE = Pattern.compile("^([a-z]+)\\s+(.*?)\\s+(\\d+) ms$", Pattern.MULTILINE);

    static List<StageReport> parseAll(String buildOutput) {
        List<StageReport> reports = new ArrayList<>();
        Matcher line = LINE.matcher(buildOutput);
        while (line.find()) {
            reports.add(new StageReport(line.group(1), line.group(2), Duration.ofMillis(Long.parseLong(line.group(3)))));
        }
        return reports;
    }
}
