package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.iri.IRIFactory;
import org.junit.jupiter.api.Test;

class IrisTest {
    private final Iris iris = new Iris("https://example.org/kg/");

    @Test
    void sameInputSameIri() {
        assertEquals(iris.article("a.txt"), new Iris("https://example.org/kg/").article("a.txt"));
        assertEquals(iris.entity("Person:Q22686"), iris.entity("Person:Q22686"));
        assertEquals("https://example.org/kg/entity/person/Q22686", iris.entity("Person:Q22686").getURI());
    }

    @Test
    void sourcesThatSlugAlikeStayApart() {
        assertNotEquals(iris.article("A B.txt"), iris.article("a-b.txt"));
    }

    @Test
    void hostileNamesGiveValidIris() {
        for (String s : new String[] {"<script>\"x\"</script>.txt", "line\nbreak", "名前.txt", " ", "a b/c?d#e"}) {
            String u = iris.article(s).getURI();
            assertTrue(!IRIFactory.iriImplementation().create(u).hasViolation(false), u);
            String e = iris.entity("Person:" + s).getURI();
            assertTrue(!IRIFactory.iriImplementation().create(e).hasViolation(false), e);
        }
    }

    @Test
    void baseMustBeAnAbsoluteIriEndingInASeparator() {
        assertThrows(IllegalArgumentException.class, () -> new Iris("example.org"));
        assertThrows(IllegalArgumentException.class, () -> new Iris("https://example.org/kg"));
    }
}
