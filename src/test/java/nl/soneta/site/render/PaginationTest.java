package nl.soneta.site.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PaginationTest {
    private static final int GAP = Pagination.GAP;

    @Test
    void aShortListLinksEveryPage() {
        assertEquals(List.of(1, 2, 3), new Pagination("/nieuws/", 2, 3).shownPages());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9), new Pagination("/nieuws/", 9, 9).shownPages());
    }

    @Test
    void aLongListLinksTheEndsAndTheNeighboursWithGapsBetween() {
        assertEquals(List.of(1, 2, 3, GAP, 5000), new Pagination("/nieuws/", 1, 5000).shownPages());
        assertEquals(List.of(1, GAP, 48, 49, 50, 51, 52, GAP, 5000), new Pagination("/nieuws/", 50, 5000).shownPages());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, GAP, 10), new Pagination("/nieuws/", 4, 10).shownPages());
        assertEquals(List.of(1, GAP, 4998, 4999, 5000), new Pagination("/nieuws/", 5000, 5000).shownPages());
    }

    /** What a page links to stays the same size however long the list: no list page grows with the whole list. */
    @Test
    void theLinksOfAPageDoNotGrowWithTheList() {
        assertEquals(new Pagination("/nieuws/", 500, 1000).shownPages().size(),
                new Pagination("/nieuws/", 5000, 10000).shownPages().size());
    }
}
