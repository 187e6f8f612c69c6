package nl.soneta.site.bench;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One finished child process: how long it took and what it printed.
 *
 * @param cpu        user plus system time, when GNU time measured it
 * @param peakRssKib the largest resident set in KiB, when GNU time measured it
 * @param output     standard output and standard error together
 */
record Measurement(Duration wall, Optional<Duration> cpu, OptionalLong peakRssKib, String output) {
}
