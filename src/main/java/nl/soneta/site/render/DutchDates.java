package nl.soneta.site.render;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/** Dates and times as Dutch readers write them: "12 februari 2027", "19.30 uur". */
public final class DutchDates {
    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH);
    private static final DateTimeFormatter DAY_AND_DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", DUTCH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H.mm", DUTCH);
    private static final DateTimeFormatter ISO_MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private DutchDates() {
    }

    public static String date(LocalDate date) {
        return DATE.format(date);
    }

    public static String iso(LocalDate date) {
        return date.toString();
    }

    public static String iso(LocalDateTime dateTime) {
        return ISO_MINUTES.format(dateTime);
    }

    /** "donderdag 11 februari 2027", for an event. */
    public static String day(LocalDateTime start) {
        return DAY_AND_DATE.format(start);
    }

    /**
     * The whole "when" of a meeting: "dinsdag 16 mei 2023, 19.30 – 21.30 uur". Times are Almere's local time as the
     * editor wrote them, so summer and winter time need no conversion here.
     */
    public static String when(LocalDateTime start, Optional<LocalDateTime> end) {
        return day(start) + ", " + timeRange(start, end);
    }

    /** "19.30 – 21.30 uur", or "vanaf 19.30 uur" without an end; an end on a later day gets its date too. */
    public static String timeRange(LocalDateTime start, Optional<LocalDateTime> end) {
        if (end.isEmpty()) {
            return "vanaf " + TIME.format(start) + " uur";
        }
        LocalDateTime until = end.get();
        if (!until.toLocalDate().equals(start.toLocalDate())) {
            return TIME.format(start) + " uur tot " + DAY_AND_DATE.format(until) + ", " + TIME.format(until) + " uur";
        }
        return TIME.format(start) + " – " + TIME.format(until) + " uur";
    }
}
