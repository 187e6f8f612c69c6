package nl.soneta.site.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BaseUrlTest {

    @Test
    void aProjectSiteKeepsItsSubPathInEveryLink() {
        BaseUrl base = BaseUrl.parse("https://Example.github.io/soneta/").orElseThrow();
        assertEquals("/soneta/organisaties/", base.link("/organisaties/"));
        assertEquals("https://example.github.io/soneta/organisaties/", base.absolute("/organisaties/"));
        assertEquals(BaseUrl.parse("https://example.github.io/soneta").orElseThrow(), base);
    }

    @Test
    void aDomainRootHasAnEmptyBasePath() {
        BaseUrl base = BaseUrl.parse("https://soneta.example/").orElseThrow();
        assertEquals("/", base.link("/"));
        assertEquals("https://soneta.example/", base.toString());
    }

    @Test
    void onlyAbsoluteWebAddressesAreAccepted() {
        assertTrue(BaseUrl.parse("soneta.example").isEmpty());
        assertTrue(BaseUrl.parse("ftp://soneta.example/").isEmpty());
        assertTrue(BaseUrl.parse("https://soneta.example/?x=1").isEmpty());
    }
}
