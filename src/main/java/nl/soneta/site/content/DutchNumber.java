package nl.soneta.site.content;

/** Whole numbers in messages the Dutch way, with a dot between thousands: 100.000. */
final class DutchNumber {
    private DutchNumber() {
    }

    static String of(long number) {
        return String.format(java.util.Locale.ROOT, "%,d", number).replace(',', '.');
    }
}
