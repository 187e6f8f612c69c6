package nl.soneta.site.browser;

import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/**
 * Deque's axe-core rules for WCAG 2.2 level A and AA, run on the page the browser shows, in the state scripts have
 * put it in. axe 4.11 tags no rule "wcag22a" (the new level-A criteria of 2.2 are not machine-checkable), so the
 * tags below are every A and AA rule it has.
 */
final class AxeAudit {
    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    /** One failing element: the page (and state) it was on, the rule, its impact, the element and axe's advice. */
    record Violation(String page, String rule, String impact, String target, String help) {
        @Override
        public String toString() {
            return page + ": " + rule + " (" + impact + ") at " + target + " — " + help;
        }
    }

    /**
     * The rules of {@link #TAGS} (also those axe leaves off by default, such as target-size), reporting every element
     * only for violations: passes are listed with one element each, which saves a fifth of the time a page takes.
     */
    private static final AxeRunOptions OPTIONS = new AxeRunOptions();

    static {
        AxeRunOnlyOptions runOnly = new AxeRunOnlyOptions();
        runOnly.setType("tag");
        runOnly.setValues(TAGS);
        OPTIONS.setRunOnly(runOnly);
        OPTIONS.setResultTypes(List.of("violations"));
    }

    private AxeAudit() {
    }

    /** The violations on the current page, each element its own entry, labelled with {@code page}. */
    static List<Violation> violations(WebDriver driver, String page) {
        Results results = new AxeBuilder().withOptions(OPTIONS).analyze(driver);
        if (results.isErrored()) {
            throw new AssertionError("axe did not finish on " + page + ": " + results.getErrorMessage());
        }
        List<Violation> violations = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            for (CheckedNode node : rule.getNodes()) {
                violations.add(new Violation(page, rule.getId(), rule.getImpact(), selector(node.getTarget()), rule.getHelp()));
            }
        }
        return violations;
    }

    /** axe names an element by a list of selectors, one per frame (and shadow root) on the way to it. */
    private static String selector(Object target) {
        return target instanceof List<?> path ? path.stream().map(String::valueOf).collect(Collectors.joining(" >>> "))
                : String.valueOf(target);
    }
}
