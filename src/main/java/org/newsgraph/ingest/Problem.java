package org.newsgraph.ingest;

/** An input, or part of one, that was skipped, and why: printed as one line "source: reason". */
public record Problem(String source, String reason) {
    /** One line, whatever the names hold: control characters and line breaks are shown escaped. */
    @Override
    public String toString() {
        return printable(source) + ": " + printable(reason);
    }

    static String printable(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(c -> {
            if (c == '\n') b.append("\\n");
            else if (c == '\r') b.append("\\r");
            else if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) b.append(String.format("\\u%04x", c));
            else b.appendCodePoint(c);
        });
        return b.toString();
    }
}
