package nl.soneta.site.site;

import java.util.Optional;

/** How residents reach an organisation; each part may be unknown yet. */
public record Contact(Optional<String> website, Optional<String> email, Optional<String> phone,
                      Optional<String> address) {

    public boolean isKnown() {
        return website.isPresent() || email.isPresent() || phone.isPresent() || address.isPresent();
    }
}
