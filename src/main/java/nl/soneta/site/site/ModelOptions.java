package nl.soneta.site.site;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What a build asks of the model: drafts or not, an optional base URL instead of site.yaml's, and the day the
 * build is for, which decides which items have reached their publishDate or passed their expiryDate.
 */
public record ModelOptions(boolean includeDrafts, Optional<BaseUrl> baseUrl, LocalDate today) {
}
