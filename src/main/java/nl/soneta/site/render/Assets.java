package nl.soneta.site.render;

import java.util.Map;

/** The site path of each theme asset by its plain name: {@code site.css} → {@code /assets/site.3f9a1c2b7e.css}. */
public record Assets(Map<String, String> pathsByName) {

    public String path(String name) {
        String path = pathsByName.get(name);
        if (path == null) {
            throw new IllegalArgumentException("theme/assets/" + name + " is used by a template but does not exist");
        }
        return path;
    }
}
