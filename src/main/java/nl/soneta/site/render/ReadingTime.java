package nl.soneta.site.render;

/**
 * How long reading takes, in whole minutes rounded up, for the page itself and, for a report in chapters, for
 * the whole report.
 *
 * <p>The pace is 200 words a minute. Adults read non-fiction silently at about 240 words a minute in English
 * (Brysbaert 2019, "How many words do we read per minute?"); Dutch, with its long compound words, reads slower,
 * and the readers of this site include people at language level B1 and reports full of policy terms. 200 words a
 * minute is a pace most of them reach, so the estimate errs on the side of "more time", not less.
 */
public record ReadingTime(int pageMinutes, int reportMinutes, boolean inChapters) {
    public static final int WORDS_PER_MINUTE = 200;

    public static ReadingTime of(int pageWords, int reportWords, boolean inChapters) {
        return new ReadingTime(minutes(pageWords), minutes(reportWords), inChapters);
    }

    static int minutes(int words) {
        return (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE;
    }

    /** The Dutch sentence for a report's front page ({@code chapter} false) or for one of its chapters. */
    public String describe(boolean chapter) {
        if (!inChapters) {
            return "Leestijd: " + duration(pageMinutes);
        }
        String whole = duration(reportMinutes) + " voor het hele rapport";
        if (pageMinutes == 0) {
            return "Leestijd: " + whole;
        }
        return "Leestijd: " + duration(pageMinutes) + (chapter ? " voor dit hoofdstuk, " : " voor deze pagina, ") + whole;
    }

    public boolean isKnown() {
        return reportMinutes > 0;
    }

    /** "ongeveer 12 minuten"; from an hour on in hours and minutes, because "158 minuten" is hard to picture. */
    private static String duration(int minutes) {
        if (minutes < 60) {
            return "ongeveer " + minutesText(minutes);
        }
        int rest = minutes % 60;
        return "ongeveer " + minutes / 60 + " uur" + (rest == 0 ? "" : " en " + minutesText(rest));
    }

    private static String minutesText(int minutes) {
        return minutes + (minutes == 1 ? " minuut" : " minuten");
    }
}
