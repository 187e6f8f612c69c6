package nl.soneta.site.site;

import java.util.Optional;

/** What a build asks of the model: drafts or not, and an optional base URL instead of site.yaml's. */
public record ModelOptions(boolean includeDrafts, Optional<BaseUrl> baseUrl) {
    public static final ModelOptions DEFAULT = new ModelOptions(false, Optional.empty());
}
