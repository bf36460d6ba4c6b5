package org.newsgraph.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class SpreadsheetCsvTest {
    @Test
    void cellsThatASpreadsheetWouldRunAsFormulasAreNeutralised() {
        assertEquals("'=cmd|' /C calc'!A0", SpreadsheetCsv.cell("=cmd|' /C calc'!A0"));
        assertEquals("'+1+2", SpreadsheetCsv.cell("+1+2"));
        assertEquals("'-2+3+cmd|' /C calc'!A0", SpreadsheetCsv.cell("-2+3+cmd|' /C calc'!A0"));
        assertEquals("'@SUM(A1:A9)", SpreadsheetCsv.cell("@SUM(A1:A9)"));
        assertEquals("'\tThe Daily Tab", SpreadsheetCsv.cell("\tThe Daily Tab"));
        assertEquals("'\r=1", SpreadsheetCsv.cell("\r=1"));
    }

    @Test
    void ordinaryTextAndPlainNumbersAreLeftAsTheyAre() {
        assertEquals("We will rebuild the bridge.", SpreadsheetCsv.cell("We will rebuild the bridge."));
        assertEquals("-0.25", SpreadsheetCsv.cell("-0.25"));
        assertEquals("+3", SpreadsheetCsv.cell("+3"));
        assertEquals("Smith = leader", SpreadsheetCsv.cell("Smith = leader"));
        assertEquals("", SpreadsheetCsv.cell(""));
    }

    @Test
    void everyFieldIsQuotedAndReadsBackAsWritten() throws Exception {
        StringWriter w = new StringWriter();
        try (SpreadsheetCsv csv = new SpreadsheetCsv(w, List.of("speaker", "words", "articles"))) {
            csv.row(List.of("Jane Roe", "=HYPERLINK(\"http://example.org\", \"click\")", 3));
            csv.row(java.util.Arrays.asList("John Doe", null, -1));
        }
        assertEquals("\"speaker\",\"words\",\"articles\"", w.toString().lines().findFirst().orElseThrow());
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(w.toString())).getRecords();
        assertEquals("'=HYPERLINK(\"http://example.org\", \"click\")", rows.get(0).get("words"));
        assertEquals("3", rows.get(0).get("articles"));
        assertEquals("", rows.get(1).get("words"));
        assertEquals("-1", rows.get(1).get("articles"));
    }
}
