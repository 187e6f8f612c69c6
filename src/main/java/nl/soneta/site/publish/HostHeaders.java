package nl.soneta.site.publish;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import nl.soneta.site.render.OutputFile;
import nl.soneta.site.site.SecurityPolicy;
import nl.soneta.site.site.SecurityPolicy.Header;
import nl.soneta.site.site.SitePaths;

/**
 * {@code _headers} at the root of the output, in the syntax Netlify and Cloudflare Pages read: the security policy
 * of {@link SecurityPolicy} as real HTTP headers, with what a meta element cannot carry. Hosts that read no such
 * file (GitHub Pages) serve it as a plain file; the pages carry the policy themselves.
 *
 * <p>When several rules match a path, Cloudflare Pages joins their values of a header while Netlify keeps the last
 * one, so no two rules here name the same header for one path: the policy goes on rules that match exactly the
 * site's pages, by their depth ({@code /:s1/:s2/}), never on the e-mail edition of a newsletter, whose inline
 * styles mail programs need, and the theme lists for partners have a rule of their own. Paths are those of the
 * output folder, as such hosts serve it from the root of a domain.
 */
public final class HostHeaders {
    public static final String FILE = "_headers";
    private static final String INDEX = "index.html";

    private HostHeaders() {
    }

    /** @param pages the paths of the site's pages in the output folder (not the e-mail editions) */
    public static OutputFile file(Collection<String> pages) {
        TreeSet<Integer> depths = new TreeSet<>();
        TreeSet<String> otherPages = new TreeSet<>();
        boolean embeds = false;
        for (String path : pages) {
            if (path.equals(INDEX) || path.endsWith("/" + INDEX)) {
                depths.add(path.split("/").length - 1);
            } else if (path.endsWith("/" + SitePaths.EMBED_FILE)) {
                embeds = true;
            } else if (path.endsWith(".html")) {
                otherPages.add("/" + path);
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add("# Security headers for hosts that read this file; every page also carries its policy in a meta element.");
        lines.add("/*");
        SecurityPolicy.HEADERS.forEach(h -> lines.add(header(h)));
        lines.add("");
        lines.add("# The pages of the site, by their depth, and the others by name.");
        for (int depth : depths) {
            StringBuilder pattern = new StringBuilder("/");
            for (int segment = 1; segment <= depth; segment++) {
                pattern.append(":s").append(segment).append('/');
            }
            pagesRule(lines, pattern.toString());
        }
        otherPages.forEach(path -> pagesRule(lines, path));
        if (embeds) {
            lines.add("# The theme lists that partners show in a frame on their own site.");
            lines.add(SitePaths.organisationEmbed(":thema"));
            lines.add(header(policy(SecurityPolicy.FRAMED_BY_ANYONE)));
        }
        return new OutputFile(FILE, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static void pagesRule(List<String> lines, String pattern) {
        lines.add(pattern);
        lines.add(header(policy(SecurityPolicy.FRAMED_BY_SITE)));
        lines.add(header(SecurityPolicy.NO_FOREIGN_FRAMES));
        lines.add("");
    }

    private static Header policy(String frameAncestors) {
        return new Header("Content-Security-Policy", SecurityPolicy.CONTENT + "; " + frameAncestors);
    }

    private static String header(Header header) {
        return "  " + header.name() + ": " + header.value();
    }
}
