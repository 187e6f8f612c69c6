package nl.soneta.site.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * WCAG 1.4.10 Reflow on every template of the real site: at 320 CSS px wide (a small phone, or a 1280 px window
 * zoomed to 400%) and at 640 CSS px (the same window at 200%) nothing needs scrolling sideways, and the page's
 * heading and the main menu stay on screen instead of being cut off or hidden.
 */
class ReflowBrowserTest extends RealContentBrowserTest {
    /**
     * What does not fit: the document's width against the viewport's, the heading and menu links that are not fully
     * inside the viewport's width or not shown at all, and the widest elements that stick out (to find the cause).
     */
    private static final String OVERFLOW = """
            const width = innerWidth;
            const problems = [];
            const scrollWidth = document.documentElement.scrollWidth;
            if (scrollWidth > width) problems.push('scrolls sideways: ' + scrollWidth + ' px content in ' + width + ' px');
            const describe = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
              + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\\s+/).join('.') : '');
            const shown = e => { const r = e.getBoundingClientRect();
              return e.checkVisibility({opacityProperty: true, visibilityProperty: true})
                && r.width > 0 && r.height > 0 && r.left >= 0 && r.right <= width + 0.5; };
            const h1 = document.querySelector('main h1');
            if (!h1 || !shown(h1)) problems.push('the main heading is not fully shown');
            if (arguments[0]) {
              const links = [...document.querySelectorAll('nav.main-nav a')];
              if (links.length === 0) problems.push('no main menu');
              links.filter(a => !shown(a)).forEach(a => problems.push('menu link not fully shown: ' + a.textContent));
            }
            if (scrollWidth > width) {
              [...document.body.querySelectorAll('*')].filter(e => e.getBoundingClientRect().right > width + 0.5)
                .sort((a, b) => b.getBoundingClientRect().right - a.getBoundingClientRect().right).slice(0, 3)
                .forEach(e => problems.push('sticks out: ' + describe(e) + ' to ' + Math.round(e.getBoundingClientRect().right) + ' px'));
            }
            return problems;""";

    static Stream<Viewport> narrowViewports() {
        return Stream.of(Viewport.NARROW, Viewport.ZOOM_200, Viewport.ZOOM_400);
    }

    @ParameterizedTest
    @MethodSource("narrowViewports")
    void everyTemplateFitsTheWidthAndKeepsItsHeadingAndMenuInView(Viewport viewport) {
        viewport.apply(driver);
        List<String> problems = new ArrayList<>();
        for (SiteTemplates.Template template : SiteTemplates.ALL) {
            for (String page : template.examples()) {
                SiteTemplates.open(driver, site, page);
                // A partner list is framed inside another site: it has no menu of its own.
                boolean hasMenu = !template.name().equals("partner list");
                problems(hasMenu).forEach(problem -> problems.add(page + ": " + problem));
            }
        }
        assertEquals(List.of(), problems, "at " + viewport);
    }

    @Test
    void theCheckReportsAWideElementAndAHiddenMenu() {
        Viewport.NARROW.apply(driver);
        driver.get(site.url("/"));
        driver.executeScript("""
                const wide = document.createElement('div');
                wide.className = 'te-breed';
                wide.style.width = '600px';
                wide.style.height = '1em';
                document.querySelector('main').append(wide);
                document.querySelector('.main-nav a').style.display = 'none';""");
        List<String> problems = problems(true);
        assertTrue(problems.get(0).matches("scrolls sideways: 6\\d\\d px content in 320 px"), problems.toString());
        assertTrue(problems.contains("menu link not fully shown: Organisaties"), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("sticks out: div.te-breed to 6")), problems.toString());
    }

    @SuppressWarnings("unchecked")
    private List<String> problems(boolean hasMenu) {
        return (List<String>) driver.executeScript(OVERFLOW, hasMenu);
    }
}
