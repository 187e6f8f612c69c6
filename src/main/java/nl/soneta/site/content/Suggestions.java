package nl.soneta.site.content;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Finds the known name an editor most likely meant, for "bedoelde je …?" hints. */
public final class Suggestions {
    private Suggestions() {
    }

    public static Optional<String> closest(String typed, Collection<String> known) {
        String wanted = typed.toLowerCase(Locale.ROOT);
        int tolerated = Math.max(2, wanted.length() / 3);
        String best = null;
        int bestDistance = tolerated + 1;
        for (String candidate : known.stream().sorted().toList()) {
            // The distance is at least the difference in length: a candidate that cannot come closer is not measured,
            // which keeps a check with hundreds of broken links (or one very long one) from taking minutes.
            if (Math.abs(candidate.length() - wanted.length()) >= bestDistance) {
                continue;
            }
            int distance = distanceBelow(wanted, candidate.toLowerCase(Locale.ROOT), bestDistance);
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /** A hint naming the closest known value, or listing what is allowed when nothing is close. */
    public static String hint(String typed, Collection<String> known, String whatIsAllowed) {
        return closest(typed, known)
                .map(s -> "bedoelde je '" + s + "'?")
                .orElseGet(() -> known.isEmpty()
                        ? whatIsAllowed
                        : whatIsAllowed + ": " + String.join(", ", known.stream().sorted().limit(12).toList())
                                + (known.size() > 12 ? ", …" : ""));
    }

    /**
     * The {@link #distance} when it is below {@code bound}, else {@code bound} or more. Paths share long beginnings
     * ("content/organisaties/"), which cannot change the distance, so they are skipped, and the work stops as soon as
     * a whole row of the table is at or above the bound.
     */
    static int distanceBelow(String a, String b, int bound) {
        int start = 0;
        while (start < a.length() && start < b.length() && a.charAt(start) == b.charAt(start)) {
            start++;
        }
        String x = a.substring(start);
        String y = b.substring(start);
        int[] beforePrevious = new int[y.length() + 1];
        int[] previous = new int[y.length() + 1];
        int[] current = new int[y.length() + 1];
        for (int j = 0; j <= y.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= x.length(); i++) {
            current[0] = i;
            int rowMinimum = i;
            for (int j = 1; j <= y.length(); j++) {
                int cost = x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1;
                int value = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && x.charAt(i - 1) == y.charAt(j - 2) && x.charAt(i - 2) == y.charAt(j - 1)) {
                    value = Math.min(value, beforePrevious[j - 2] + 1);
                }
                current[j] = value;
                rowMinimum = Math.min(rowMinimum, value);
            }
            if (rowMinimum >= bound) {
                return bound;
            }
            int[] oldest = beforePrevious;
            beforePrevious = previous;
            previous = current;
            current = oldest;
        }
        return previous[y.length()];
    }

    /** Optimal string alignment distance: Levenshtein plus swapped neighbours, the commonest typo. */
    public static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
