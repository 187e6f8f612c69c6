package nl.soneta.site.testing;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** A CI run never reports the browser tests as passed when it could not run them. */
class ChromiumTest {
    @Test
    void aMissingBrowserFailsUnderCi() {
        AssertionFailedError failure = assertThrows(AssertionFailedError.class, () -> Chromium.requireInstalled(false, "true"));
        assertTrue(failure.getMessage().contains("/usr/bin/chromedriver"), failure.getMessage());
    }

    @Test
    void aMissingBrowserOnlySkipsOutsideCi() {
        assertThrows(TestAbortedException.class, () -> Chromium.requireInstalled(false, null));
        assertThrows(TestAbortedException.class, () -> Chromium.requireInstalled(false, "false"));
    }

    @Test
    void anInstalledBrowserRunsEverywhere() {
        assertDoesNotThrow(() -> Chromium.requireInstalled(true, "true"));
        assertDoesNotThrow(() -> Chromium.requireInstalled(true, null));
    }
}
