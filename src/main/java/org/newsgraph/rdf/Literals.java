package org.newsgraph.rdf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Typed literals in their canonical forms. */
public final class Literals {
    private Literals() {}

    /**
     * An xsd:decimal rounded to two places, in canonical form ("0.2", "1.0"). TDB2 stores decimals as values;
     * a non-canonical form ("0.20") would come back different from what was written, and could not be deleted.
     */
    public static Node decimal(double v) {
        String s = BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        if (!s.contains(".")) s = s + ".0";
        return NodeFactory.createLiteralDT(s, XSDDatatype.XSDdecimal);
    }

    public static Node integer(long v) {
        return NodeFactory.createLiteralDT(Long.toString(v), XSDDatatype.XSDinteger);
    }
}
