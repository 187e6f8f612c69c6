package nl.soneta.site.bench;

import java.util.Arrays;
import java.util.List;

/**
 * What the benchmark runs, from -D options: {@code bench.pages} (comma-separated corpus sizes, default 10000),
 * {@code bench.runs} (default 5), {@code bench.seed} (default 42) and {@code bench.javaOptions} (extra JVM options
 * for the measured builds, such as {@code -Xmx384m}).
 *
 * @param sizes       numbers of generated news items, one corpus each
 * @param javaOptions passed to every measured {@code java -jar} build, before {@code -jar}
 */
record BenchmarkOptions(List<Integer> sizes, int runs, long seed, List<String> javaOptions) {

    static BenchmarkOptions fromSystemProperties() {
        List<Integer> sizes = Arrays.stream(System.getProperty("bench.pages", "10000").split(","))
                .map(size -> Integer.parseInt(size.strip().replace("_", ""))).toList();
        int runs = Integer.parseInt(System.getProperty("bench.runs", "5").strip());
        long seed = Long.parseLong(System.getProperty("bench.seed", "42").strip());
        String javaOptions = System.getProperty("bench.javaOptions", "").strip();
        return new BenchmarkOptions(sizes, runs, seed, javaOptions.isEmpty() ? List.of() : List.of(javaOptions.split("\\s+")));
    }
}
