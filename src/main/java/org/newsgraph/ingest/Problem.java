package org.newsgraph.ingest;

/**
 * An input, or part of one, that was skipped, and why: printed as one line "source: reason". A warning is read
 * all the same (an invalid byte replaced, say) and does not count as a failure.
 */
public record Problem(String source, String reason, boolean warning) {
    public Problem(String source, String reason) {
        this(source, reason, false);
    }

    public static Problem warning(String source, String reason) {
        return new Problem(source, reason, true);
    }

    /** The line printed for it: "skipped source: reason", or "warning source: reason". */
    public String line() {
        return (warning ? "warning " : "skipped ") + this;
    }

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
