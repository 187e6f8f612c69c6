package nl.soneta.site.publish;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.soneta.site.render.OutputFile;
import nl.soneta.site.site.SecurityPolicy;
import nl.soneta.site.site.SecurityPolicy.Header;
import nl.soneta.site.site.SitePaths;

/**
 * {@code _headers} at the root of the output, in the syntax Netlify and Cloudflare Pages read: the security policy
 * of {@link SecurityPolicy} as real HTTP headers, with what a meta element cannot carry. Hosts that read no such
 * file (GitHub Pages) serve it as a plain file; the pages carry the policy themselves.
 *
 * <p>Paths are those of the output folder, as such hosts serve it from the root of a domain.
 */
public final class HostHeaders {
    public static final String FILE = "_headers";
    /** A placeholder stands for one path segment in both hosts' syntax. */
    private static final String ANY_THEME = ":thema";

    private HostHeaders() {
    }

    public static OutputFile file() {
        List<String> lines = new ArrayList<>();
        lines.add("# Security headers for hosts that read this file; every page also carries the policy in a meta element.");
        lines.add("/*");
        lines.add(header(new Header("Content-Security-Policy", SecurityPolicy.CONTENT)));
        lines.add(header(SecurityPolicy.NO_FOREIGN_FRAMES));
        SecurityPolicy.HEADERS.forEach(h -> lines.add(header(h)));
        lines.add("");
        lines.add("# The theme lists that partners show in a frame on their own site.");
        lines.add(SitePaths.organisationEmbed(ANY_THEME));
        lines.add(header(new Header("Content-Security-Policy", SecurityPolicy.CONTENT + "; " + SecurityPolicy.FRAMED_BY_ANYONE)));
        return new OutputFile(FILE, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static String header(Header header) {
        return "  " + header.name() + ": " + header.value();
    }
}
