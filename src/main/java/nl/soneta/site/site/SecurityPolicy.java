package nl.soneta.site.site;

import java.util.List;

/**
 * What a browser may load and do on the site, in one place: the layout puts {@link #CONTENT} in a meta element
 * of every site page (for hosts such as GitHub Pages that send no headers of our choice), and the {@code _headers}
 * file repeats it with what only works as a header ({@link #FRAMED_BY_SITE}, {@link #HEADERS}).
 *
 * <p>The site loads its own stylesheet, icon and two module scripts, and the search script fetches the index
 * from the site itself; nothing else. No inline script or style is allowed, so an injected one never runs. JSON-LD
 * ({@code <script type="application/ld+json">}) is a data block that is never executed, so script-src does not
 * apply to it. Fonts are {@code 'none'}: the site uses the reader's own fonts. {@code 'self'} is the origin, so the
 * policy holds under any sub-path the site is built for.
 */
public final class SecurityPolicy {
    /** The Content-Security-Policy of every site page; only directives that a meta element may carry. */
    public static final String CONTENT = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self'",
            "font-src 'none'",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'");

    /**
     * Who may show a page in a frame. Browsers ignore frame-ancestors in a meta element, so framing is ruled in
     * the header file only: site pages only inside the site itself (and X-Frame-Options for browsers that predate
     * frame-ancestors), the theme lists ({@link SitePaths#organisationEmbed}) inside any partner's site.
     */
    public static final String FRAMED_BY_SITE = "frame-ancestors 'self'";
    public static final String FRAMED_BY_ANYONE = "frame-ancestors *";
    public static final Header NO_FOREIGN_FRAMES = new Header("X-Frame-Options", "SAMEORIGIN");

    /**
     * Headers for every file, besides the policy of the pages. Powerful browser features the site never uses are switched
     * off, so that an injected script could not ask for them either; only features Chromium recognises are
     * named, since it reports unknown ones as errors.
     */
    public static final List<Header> HEADERS = List.of(
            new Header("X-Content-Type-Options", "nosniff"),
            // Other sites learn only that a visitor came from this site, never which page or search query.
            new Header("Referrer-Policy", "strict-origin-when-cross-origin"),
            new Header("Permissions-Policy", String.join(", ",
                    "accelerometer=()", "autoplay=()", "camera=()", "display-capture=()", "encrypted-media=()",
                    "geolocation=()", "gyroscope=()", "magnetometer=()", "microphone=()", "midi=()", "payment=()",
                    "publickey-credentials-get=()", "screen-wake-lock=()", "serial=()", "usb=()",
                    "xr-spatial-tracking=()")));

    private SecurityPolicy() {
    }

    /** One HTTP response header. */
    public record Header(String name, String value) {
    }
}
