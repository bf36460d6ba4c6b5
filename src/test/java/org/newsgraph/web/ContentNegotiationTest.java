package org.newsgraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Which representation of a resource a client's Accept header gets, by its q-values. */
class ContentNegotiationTest {
    @Test
    void theHighestQualityWinsWhateverTheOrder() {
        assertEquals("ttl", LinkedData.rdfFormat("text/html;q=0.1, text/turtle"));
        assertNull(LinkedData.rdfFormat("text/turtle;q=0.2, text/html"));
        assertEquals("jsonld", LinkedData.rdfFormat("application/ld+json;q=0.9, text/turtle;q=0.5"));
    }

    @Test
    void rdfXmlIsOfferedAndABrowserGetsThePage() {
        assertEquals("rdf", LinkedData.rdfFormat("application/rdf+xml"));
        assertNull(LinkedData.rdfFormat("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"));
        assertNull(LinkedData.rdfFormat("*/*"));
        assertNull(LinkedData.rdfFormat(null));
    }

    @Test
    void aTypeAtQualityZeroIsNotAcceptable() {
        assertEquals(LinkedData.NONE, LinkedData.rdfFormat("text/turtle;q=0"), "nothing acceptable: 406");
        assertEquals(LinkedData.NONE, LinkedData.rdfFormat("text/turtle; q=0.0, application/ld+json;q=0"));
        assertNull(LinkedData.rdfFormat("text/turtle;q=0, text/html"), "the page, since Turtle is refused");
        assertEquals("jsonld", LinkedData.rdfFormat("text/turtle;q=0, application/ld+json;q=0.5"));
        assertEquals("ttl", LinkedData.rdfFormat("text/turtle;q=0.05"), "a low quality is still acceptable");
    }
}
