package org.newsgraph.csv;

import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * CSV for spreadsheets, written so that no cell runs as a formula (OWASP's "CSV injection"): a cell that
 * begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading apostrophe,
 * and every field is quoted. A plain number ("-0.25") is left as it is.
 */
public final class SpreadsheetCsv implements AutoCloseable {
    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?([eE][+-]?\\d+)?");

    private final CSVPrinter printer;

    /** A writer of rows to {@code out}, the header first. */
    public SpreadsheetCsv(Appendable out, List<String> headers) throws IOException {
        this.printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setQuoteMode(QuoteMode.ALL).build());
        row(headers);
    }

    /** Writes one row; each value is written as its string, neutralised. */
    public void row(List<?> values) throws IOException {
        printer.printRecord(values.stream().map(v -> v == null ? "" : cell(v.toString())).toList());
    }

    /** The cell's text as a spreadsheet will show it and never evaluate it. */
    public static String cell(String s) {
        if (s.isEmpty()) return s;
        char c = s.charAt(0);
        boolean formula = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
        return formula && !NUMBER.matcher(s).matches() ? "'" + s : s;
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }

    /** Writes what is buffered, leaving the output open. */
    public void flush() throws IOException {
        printer.flush();
    }
}
