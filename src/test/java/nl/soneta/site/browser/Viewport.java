package nl.soneta.site.browser;

import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The size of the page area in CSS pixels, set through the DevTools protocol rather than the window: a headless
 * window's size is not exactly its viewport, and a device scale factor is how a zoomed browser lays out a page
 * (200% zoom of a 1280 px window is a 640 CSS px viewport with two device pixels to a CSS pixel).
 */
record Viewport(String name, int width, int height, int scale) {
    static final Viewport DESKTOP = new Viewport("desktop", 1280, 900, 1);
    static final Viewport PHONE = new Viewport("phone", 375, 812, 1);
    static final Viewport NARROW = new Viewport("320px", 320, 640, 1);
    /** WCAG 1.4.10: a 1280 px wide window zoomed to 200% and to 400%. */
    static final Viewport ZOOM_200 = new Viewport("200% zoom", 640, 450, 2);
    static final Viewport ZOOM_400 = new Viewport("400% zoom", 320, 225, 4);

    /** Applies to the current tab until changed; navigations keep it. */
    void apply(ChromeDriver driver) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", scale, "mobile", false));
    }

    static void reset(ChromeDriver driver) {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    @Override
    public String toString() {
        return name + " (" + width + " CSS px)";
    }
}
