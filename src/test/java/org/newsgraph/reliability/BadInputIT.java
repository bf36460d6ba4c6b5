package org.newsgraph.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.KgCommand;
import picocli.CommandLine;

/**
 * A corpus of bad inputs, generated here: each gets one clear line naming the file and the reason (or is
 * handled correctly), the good articles are built, the exit code is 1 and the store passes SHACL.
 */
class BadInputIT {
    @TempDir
    Path tmp;

    static final String GOOD = "Council Votes on Budget\n\nMayor Ellen Brandt said the council passed the budget on Monday "
            + "after a long debate about road repairs and school buildings in the city.\n";

    private String run(Path dir, Path store, int[] code) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = KgCommand.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        code[0] = cl.execute("build", dir.toString(), "--store", store.toString());
        return out + "\n--- err\n" + err;
    }

    @Test
    void everyKindOfBadInputIsNamedAndTheRestIsBuilt() throws Exception {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        // name -> the words its one-line message must contain (null: handled, no message)
        Map<String, String> expect = new LinkedHashMap<>();
        write(in, "01-good.txt", GOOD.getBytes(StandardCharsets.UTF_8));
        expect.put("01-good.txt", null);
        write(in, "02-empty.txt", new byte[0]);
        expect.put("02-empty.txt", "empty");
        write(in, "03-whitespace.txt", " \n\t \n".getBytes(StandardCharsets.UTF_8));
        expect.put("03-whitespace.txt", "empty");
        write(in, "04-binary.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        expect.put("04-binary.txt", "binary");
        write(in, "05-invalid-utf8.txt", new byte[] {'T', 'h', 'e', ' ', (byte) 0x81, (byte) 0x8d, ' ', 'e', 'n', 'd'});
        expect.put("05-invalid-utf8.txt", "not valid UTF-8");
        byte[] u16 = GOOD.replace("Council", "Senate").getBytes(StandardCharsets.UTF_16LE);
        byte[] bom = new byte[u16.length + 2];
        bom[0] = (byte) 0xff;
        bom[1] = (byte) 0xfe;
        System.arraycopy(u16, 0, bom, 2, u16.length);
        write(in, "06-utf16.txt", bom);
        expect.put("06-utf16.txt", null);
        write(in, "07-windows-1252.txt", ("Storm Hits Port\n\n\u0093We are safe,\u0094 Mayor Tom Keller said on Monday after the storm "
                + "passed the harbour and the ferries returned.\n").getBytes(StandardCharsets.ISO_8859_1));
        expect.put("07-windows-1252.txt", null);
        StringBuilder big = new StringBuilder("Huge Report\n\n");
        while (big.length() < 3 * 1024 * 1024) big.append("The committee discussed the report at length again today.\n");
        write(in, "08-huge-article.txt", big.toString().getBytes(StandardCharsets.UTF_8));
        expect.put("08-huge-article.txt", "too long for a news article");
        write(in, "09-one-long-line.txt", ("x".repeat(3 * 1024 * 1024)).getBytes(StandardCharsets.UTF_8));
        expect.put("09-one-long-line.txt", "too long for a news article");
        write(in, "10-scripts.html", ("<html><head><script>" + "var a=1;".repeat(5000) + "</script><style>p{color:red}</style></head>"
                + "<body><script>document.write('x')</script></body></html>").getBytes(StandardCharsets.UTF_8));
        expect.put("10-scripts.html", "no article text");
        write(in, "11-unbalanced-quotes.txt", ("Port Strike\n\n\u201CWe will stay out, said union leader Ana Lopez on Monday.\n"
                + "The strike continued \u201D for a third day at the port.\n").getBytes(StandardCharsets.UTF_8));
        expect.put("11-unbalanced-quotes.txt", null);
        write(in, "12-open-quote.txt", ("Port Strike\n\nUnion leader Ana Lopez said: \u201CWe will stay out until the company talks "
                + "to us about wages and hours\n").getBytes(StandardCharsets.UTF_8));
        expect.put("12-open-quote.txt", null);
        write(in, "13-japanese.txt", ("\u77f3\u7834\u9996\u76f8\u306f\u91d1\u66dc\u65e5\u3001\u65e5\u7c73\u5b89\u5168\u4fdd\u969c\u6761\u7d04\u306b\u3064\u3044\u3066"
                + "\u8a18\u8005\u56e3\u306e\u8cea\u554f\u306b\u7b54\u3048\u3001\u540c\u76df\u95a2\u4fc2\u306f\u4e00\u65b9\u7684\u3067\u306f\u306a\u3044\u3068\u8ff0\u3079\u305f\u3002").repeat(6)
                .getBytes(StandardCharsets.UTF_8));
        expect.put("13-japanese.txt", null); // stored without extraction
        write(in, "14-german.txt", ("Kanzler trifft Gewerkschaften\n\nDer Bundeskanzler hat am Montag in Berlin mit den Gewerkschaften "
                + "\u00fcber die Zukunft der Industrie gesprochen. Die Gespr\u00e4che sollen in der n\u00e4chsten Woche fortgesetzt werden, "
                + "sagte ein Sprecher der Regierung nach dem Treffen im Kanzleramt.\n").getBytes(StandardCharsets.UTF_8));
        expect.put("14-german.txt", null); // stored without extraction
        write(in, "15-same-as-good.txt", GOOD.getBytes(StandardCharsets.UTF_8));
        expect.put("15-same-as-good.txt", "same text as 01-good.txt");
        write(in, "16-feed.jsonl", ("{\"text\": \"The port reopened on Tuesday after the storm, officials in the city said.\"}\n"
                + "{\"text\": \"broken\n{\"text\": 42}\n").getBytes(StandardCharsets.UTF_8));
        expect.put("16-feed.jsonl:2", "not valid JSON");
        expect.put("16-feed.jsonl:3", "\"text\" is not a string");
        Files.createSymbolicLink(in.resolve("17-dangling-link.txt"), in.resolve("does-not-exist.txt"));
        expect.put("17-dangling-link.txt", "cannot be read");
        Path sub = Files.createDirectories(in.resolve("18-loop"));
        Files.createSymbolicLink(sub.resolve("back"), in);
        expect.put("back", "directory loop");
        String hostile = "19-<b>\"quoted\"\u0007bell\nnewline.txt";
        write(in, hostile, GOOD.replace("Council", "Assembly").replace("road", "bridge").getBytes(StandardCharsets.UTF_8));
        expect.put("19-<b>\"quoted\"\\u0007bell\\nnewline.txt", null);
        write(in, "20-only-title.txt", "Council Votes on Budget\nMarch 3, 2024\n".getBytes(StandardCharsets.UTF_8));
        expect.put("20-only-title.txt", "no article text");
        write(in, "21-archive.txt.gz", new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3});
        expect.put("21-archive.txt.gz", "gzip-compressed");
        write(in, "22-report.pdf", "%PDF-1.7\n1 0 obj << >> endobj\n".getBytes(StandardCharsets.US_ASCII));
        expect.put("22-report.pdf", "a PDF");
        write(in, "23-control-chars.txt", ("Port Deal\n\nMayor Ellen Brandt\u0001 signed the \u001bdeal on Monday with the "
                + "harbour workers after months of talks.\n").getBytes(StandardCharsets.UTF_8));
        expect.put("23-control-chars.txt", null);
        write(in, "24-broken.html", "<html><body><p>The mayor <b>opened <i>the bridge</p></div></span> on Monday in the town.</body>"
                .getBytes(StandardCharsets.UTF_8));
        expect.put("24-broken.html", null);

        write(in, "25-many.html", ("<html><body><p>" + GOOD.replace("Council", "Board") + "</p>" + "<li>".repeat(100_000) + "x" + "</li>".repeat(100_000)
                + "</body></html>").getBytes(StandardCharsets.UTF_8));
        expect.put("25-many.html", null); // 100,000 list items: read in bounded time
        write(in, "25-deep.html", ("<html><body><p>" + GOOD + "</p>" + "<blockquote>".repeat(100_000) + "deep" + "</blockquote>".repeat(100_000)
                + "</body></html>").getBytes(StandardCharsets.UTF_8));
        expect.put("25-deep.html", "nested 100,0");
        write(in, "26-two-objects.jsonl", ("{\"text\": \"The ferry resumed service on Sunday, the harbour office said.\"} "
                + "{\"text\": \"A second article on the same line.\"}\n").getBytes(StandardCharsets.UTF_8));
        expect.put("26-two-objects.jsonl:1", "more than one JSON value");
        Files.createDirectories(in.resolve("27-a"));
        Files.createDirectories(in.resolve("27-b"));
        write(in, "27-a/story.txt", GOOD.replace("Council", "Senate").replace("Monday", "Tuesday").getBytes(StandardCharsets.UTF_8));
        expect.put("27-a/story.txt", null);
        write(in, "27-b/story.txt", GOOD.replace("Council", "Parliament").replace("Monday", "Friday").getBytes(StandardCharsets.UTF_8));
        expect.put("27-b/story.txt", null);
        Path leftover = Files.createDirectories(in.resolve("28-store"));
        Files.createDirectories(leftover.resolve("Data-0001"));
        write(leftover, "statements.pending", "articles written, statements not yet regrouped\n".getBytes(StandardCharsets.UTF_8));
        if (Files.exists(Path.of("/dev/zero"))) {
            Files.createSymbolicLink(in.resolve("29-zero.txt"), Path.of("/dev/zero"));
            expect.put("29-zero.txt", "not a regular file");
        }
        write(in, "30-odd-metadata.jsonl", ("{\"title\": [\"A\", \"B\"], \"outlet\": \"\", \"text\": \"Union leader JOSE MULLER said the strike "
                + "at the port would end on Friday.\"}\n{\"title\": \"  \", \"outlet\": \"REUTERS\", \"text\": \"Jose Muller, the union "
                + "leader, said talks went well. Former mayor Ellen Brandt agreed. Mayor Ellen Brandt spoke after him.\"}\n"
                + "{\"outlet\": \"Reuters\", \"text\": \"The Reuters report said the port was quiet on Saturday.\"}\n")
                .getBytes(StandardCharsets.UTF_8));
        expect.put("30-odd-metadata.jsonl:1", null);
        expect.put("30-odd-metadata.jsonl:2", null);
        expect.put("30-odd-metadata.jsonl:3", null);
        write(in, "31-control-metadata.html", ("<html><head><meta property=\"og:site_name\" content=\"Harbour\u0001 News\u001b\">"
                + "<meta property=\"og:title\" content=\"Bridge\u0007 opens\"></head><body><p>" + GOOD.replace("Council", "Board")
                + "</p></body></html>").getBytes(StandardCharsets.UTF_8));
        expect.put("31-control-metadata.html", null);
        write(in, "32-source-line.txt", ("Bridge opens\nSource: Harbour\u0001 Times\n\n" + GOOD.replace("Council", "Committee"))
                .getBytes(StandardCharsets.UTF_8));
        expect.put("32-source-line.txt", null);
        Map<String, String> warnings = Map.of("30-odd-metadata.jsonl:1", "\"title\" is not a string", "33-stray-byte.txt", "1 byte not valid UTF-8",
                "28-store", "a store's directory");
        byte[] good = GOOD.replace("Ellen Brandt", "Jos\u00e9 N\u00fa\u00f1ez").getBytes(StandardCharsets.UTF_8);
        byte[] stray = java.util.Arrays.copyOf(good, good.length + 1);
        stray[good.length] = (byte) 0xe9;
        write(in, "33-stray-byte.txt", stray);
        expect.put("33-stray-byte.txt", null);

        Path store = tmp.resolve("store");
        int[] code = {0};
        String output = run(in, store, code);
        assertEquals(KgCommand.SOME_FAILED, code[0], output);
        String err = output.substring(output.indexOf("--- err"));
        List<String> lines = err.lines().skip(1).filter(l -> !l.isBlank() && !l.startsWith("warning ")).toList();
        long expectedMessages = expect.values().stream().filter(v -> v != null).count();
        assertEquals(expectedMessages, lines.size(), err);
        for (var w : warnings.entrySet()) {
            assertTrue(err.lines().anyMatch(l -> l.startsWith("warning ") && l.contains(w.getKey() + ": ") && l.contains(w.getValue())), w + "\n" + err);
        }
        for (var e : expect.entrySet()) {
            if (e.getValue() == null) continue;
            assertTrue(lines.stream().anyMatch(l -> l.contains(e.getKey() + ": ") && l.contains(e.getValue())),
                    e.getKey() + " -> " + e.getValue() + "\n" + err);
        }
        int built = (int) expect.values().stream().filter(v -> v == null).count() + 1; // + the good JSON line
        assertTrue(output.startsWith(built + " articles built (2 stored without extraction: not English)"), output);

        StringWriter v = new StringWriter();
        CommandLine cl = KgCommand.commandLine();
        cl.setOut(new PrintWriter(v));
        assertEquals(0, cl.execute("validate", "--store", store.toString()), v.toString());
        StringWriter q = new StringWriter();
        CommandLine ql = KgCommand.commandLine();
        ql.setOut(new PrintWriter(q));
        assertEquals(0, ql.execute("query", "--store", store.toString(), "--format", "csv", "--query",
                "SELECT ?lang (COUNT(?m) AS ?mentions) WHERE { ?a <https://w3id.org/newsgraph/ontology#sourceFile> \"14-german.txt\" ; "
                        + "<https://schema.org/inLanguage> ?lang . OPTIONAL { ?m <https://w3id.org/newsgraph/ontology#inArticle> ?a } } GROUP BY ?lang"));
        assertTrue(q.toString().contains("\"de\",\"0\""), "the German article is stored, in German, with nothing extracted: " + q);
        String names = query(store, "SELECT ?n WHERE { ?p a <https://schema.org/Person> ; <https://schema.org/name> ?n } ORDER BY ?n");
        assertEquals(1, names.lines().filter(l -> l.toLowerCase(java.util.Locale.ROOT).contains("muller")).count(), names);
        assertTrue(names.contains("Jos\u00e9 N\u00fa\u00f1ez"), "the stray byte costs one character, not the accents: " + names);
        long kinds = expect.size() - 1 + warnings.keySet().stream().filter(k -> !expect.containsKey(k)).count();
        System.out.println("bad-input kinds tried: " + kinds + "; " + output.lines().findFirst().orElse(""));
    }

    private static String query(Path store, String sparql) {
        StringWriter q = new StringWriter();
        CommandLine ql = KgCommand.commandLine();
        ql.setOut(new PrintWriter(q));
        assertEquals(0, ql.execute("query", "--store", store.toString(), "--format", "csv", "--query", sparql));
        return q.toString();
    }

    @Test
    void aChangedArticleLeavesNoOneItNoLongerNamesBehind() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path store = tmp.resolve("store");
        write(in, "story.txt", ("Council Votes\n\nMayor Ellen Brandt and council member Tom Keller said the budget passed on Monday "
                + "after a long debate.\n").getBytes(StandardCharsets.UTF_8));
        int[] code = {0};
        run(in, store, code);
        assertEquals(0, code[0]);
        String count = "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a <https://schema.org/Person> }";
        assertTrue(query(store, count).contains("\n\"2\""), query(store, count));
        write(in, "story.txt", ("Council Votes\n\nMayor Ellen Brandt said the budget passed on Monday after a long debate.\n")
                .getBytes(StandardCharsets.UTF_8));
        run(in, store, code);
        assertEquals(0, code[0]);
        assertTrue(query(store, count).contains("\n\"1\""), query(store, count));
        assertEquals(0, KgCommand.commandLine().execute("validate", "--store", store.toString()));
    }

    @Test
    void oneRemarkRepeatedThousandsOfTimesIsBuiltInBoundedTimeAndSoIsTheNextArticle() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path store = tmp.resolve("store");
        StringBuilder b = new StringBuilder("Roads\n\nMayor Ana Ruiz spoke to reporters at City Hall on Monday.\n\n");
        for (int i = 0; i < 3000; i++) b.append("\"We will fix the roads before winter comes,\" Ruiz said.\n\n");
        write(in, "repeats.txt", b.toString().getBytes(StandardCharsets.UTF_8));
        int[] code = {0};
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(120), () -> run(in, store, code));
        assertEquals(0, code[0]);
        write(in, "next.txt", ("Schools\n\n\"The schools will open on time,\" Mayor Ana Ruiz said on Tuesday.\n").getBytes(StandardCharsets.UTF_8));
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60), () -> run(in, store, code));
        assertEquals(0, code[0]);
        String st = query(store, "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a <https://w3id.org/newsgraph/ontology#Statement> }");
        assertTrue(st.contains("\n\"2\""), "the repeats are one statement, the new remark another: " + st);
    }

    private static void write(Path dir, String name, byte[] bytes) throws Exception {
        Files.write(dir.resolve(name), bytes);
    }
}
