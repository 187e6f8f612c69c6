package nl.soneta.site.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Dates and times of meetings as Dutch readers write them: weekday, day, month, year, and a dot in times. */
class DutchDatesTest {

    @Test
    void aSummerEveningMeeting() {
        assertEquals("dinsdag 16 mei 2023, 19.30 – 21.30 uur",
                DutchDates.when(LocalDateTime.of(2023, 5, 16, 19, 30), Optional.of(LocalDateTime.of(2023, 5, 16, 21, 30))));
    }

    @Test
    void aWinterMorningMeetingHasNoLeadingZeroInTheHour() {
        assertEquals("donderdag 14 januari 2027, 9.05 – 11.00 uur",
                DutchDates.when(LocalDateTime.of(2027, 1, 14, 9, 5), Optional.of(LocalDateTime.of(2027, 1, 14, 11, 0))));
    }

    @Test
    void aMeetingWithoutAnEndSaysFromWhen() {
        assertEquals("woensdag 8 juli 2026, vanaf 14.00 uur", DutchDates.when(LocalDateTime.of(2026, 7, 8, 14, 0), Optional.empty()));
    }

    @Test
    void aMeetingThatEndsOnAnotherDayNamesThatDay() {
        assertEquals("zaterdag 5 december 2026, 20.00 uur tot zondag 6 december 2026, 1.00 uur",
                DutchDates.when(LocalDateTime.of(2026, 12, 5, 20, 0), Optional.of(LocalDateTime.of(2026, 12, 6, 1, 0))));
    }

    /** The night summer time ends (29 October 2023, 3.00 becomes 2.00): local times are shown as written. */
    @Test
    void theNightTheClocksGoBackShowsLocalTimesAsWritten() {
        assertEquals("zaterdag 28 oktober 2023, 22.00 uur tot zondag 29 oktober 2023, 2.30 uur",
                DutchDates.when(LocalDateTime.of(2023, 10, 28, 22, 0), Optional.of(LocalDateTime.of(2023, 10, 29, 2, 30))));
    }

    @Test
    void newsDatesHaveNoWeekday() {
        assertEquals("3 november 2023", DutchDates.date(java.time.LocalDate.of(2023, 11, 3)));
    }
}
