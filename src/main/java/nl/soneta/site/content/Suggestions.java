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
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known.stream().sorted().toList()) {
            int distance = distance(wanted, candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        int tolerated = Math.max(2, wanted.length() / 3);
        return best != null && bestDistance <= tolerated ? Optional.of(best) : Optional.empty();
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
