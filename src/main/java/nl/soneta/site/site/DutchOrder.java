package nl.soneta.site.site;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/** Alphabetical order as a Dutch reader expects it: case and accents do not push a name to the end. */
public final class DutchOrder {
    public static final Comparator<String> TITLES = new Comparator<>() {
        private final Collator collator = createCollator();

        @Override
        public int compare(String a, String b) {
            synchronized (collator) {
                int byCollation = collator.compare(a, b);
                return byCollation != 0 ? byCollation : a.compareTo(b);
            }
        }
    };

    private DutchOrder() {
    }

    private static Collator createCollator() {
        Collator collator = Collator.getInstance(Locale.forLanguageTag("nl-NL"));
        collator.setStrength(Collator.SECONDARY);
        return collator;
    }
}
