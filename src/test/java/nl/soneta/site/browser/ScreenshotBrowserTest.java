package nl.soneta.site.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Full-page screenshots of the pages residents use most, on a phone and on a desktop, for people to look at:
 * written to {@value #FOLDER}, which CI keeps as an artifact of every run, also a failed one.
 */
class ScreenshotBrowserTest extends RealContentBrowserTest {
    static final String FOLDER = "target/screenshots";

    private static final Map<String, String> PAGES = Map.of(
            "home", "/",
            "organisatie", "/organisaties/gemeente-almere/",
            "hoofdstuk", "/publicaties/evaluatie-burgerkracht/04-het-begrip-burgerkracht/",
            "zoeken", "/zoeken/?q=" + SiteTemplates.QUERY_WITH_RESULTS);

    static List<Arguments> pagesAndViewports() {
        return PAGES.keySet().stream().sorted()
                .flatMap(name -> List.of(Viewport.PHONE, Viewport.DESKTOP).stream().map(v -> Arguments.of(name, v)))
                .toList();
    }

    @ParameterizedTest
    @MethodSource("pagesAndViewports")
    void theWholePageIsCapturedAtTheViewportWidth(String name, Viewport viewport) throws IOException {
        viewport.apply(driver);
        SiteTemplates.open(driver, site, PAGES.get(name));
        long height = (Long) driver.executeScript("return document.documentElement.scrollHeight");
        // Beyond the viewport: the whole length of the page, in CSS pixels at the viewport's scale.
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", viewport.width(), "height", height, "scale", 1)));
        byte[] png = Base64.getDecoder().decode((String) shot.get("data"));
        Path file = Path.of(FOLDER, name + "-" + viewport.name() + "-" + viewport.width() + ".png");
        Files.createDirectories(file.getParent());
        Files.write(file, png);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(viewport.width() * viewport.scale(), image.getWidth(), file + " is as wide as the viewport");
        assertEquals(height * viewport.scale(), image.getHeight(), file + " is as long as the page");
        assertTrue(colours(image) > 3, file + " shows a page, not an empty area");
    }

    /** The number of different colours on a grid of points across the image. */
    private static long colours(BufferedImage image) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen.size();
    }
}
