package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsTest {
    private final List<Article> articles = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    private void read(String name, byte[] bytes) {
        new Inputs().read(name, bytes, articles::add, problems::add);
    }

    @Test
    void htmlPageKeepsArticleTextAndMetadataAndDropsNavigationAndScripts() {
        String html = """
                <html><head><title>Site | Ignored</title>
                <meta property="og:title" content="Port Strike Ends">
                <meta property="article:published_time" content="2024-04-05T10:00:00Z">
                <meta property="og:site_name" content="Harbour News">
                <script>var tracking = "Mayor Jones";</script><style>p{}</style></head>
                <body><nav><a href="/">Home</a> <a>Sports</a></nav>
                <article><h1>Port Strike Ends</h1><p>Workers returned on Friday.</p>
                <p>"We are glad it is over," said union leader Ana Lopez.</p></article>
                <footer>Copyright</footer></body></html>""";
        read("page.html", html.getBytes(StandardCharsets.UTF_8));
        assertEquals(1, articles.size());
        Article a = articles.get(0);
        assertEquals("Port Strike Ends", a.title());
        assertEquals(LocalDate.of(2024, 4, 5), a.date());
        assertEquals("Harbour News", a.outlet());
        assertTrue(a.text().contains("Workers returned on Friday."));
        assertTrue(!a.text().contains("tracking") && !a.text().contains("Sports") && !a.text().contains("Copyright"));
    }

    @Test
    void jsonLinesReadsEveryGoodLineAndNamesTheBrokenOne() {
        String jsonl = """
                {"text": "The council met on Tuesday.", "title": "Council Meets", "date": "2024-02-06", "outlet": "City Paper"}
                {"text": "broken
                {"title": "no text here"}
                {"text": "The mayor spoke.", "url": "https://example.org/mayor"}
                """;
        read("feed.jsonl", jsonl.getBytes(StandardCharsets.UTF_8));
        assertEquals(2, articles.size());
        assertEquals("Council Meets", articles.get(0).title());
        assertEquals("City Paper", articles.get(0).outlet());
        assertEquals("https://example.org/mayor", articles.get(1).url());
        assertEquals(2, problems.size());
        assertEquals("feed.jsonl:2", problems.get(0).source());
        assertTrue(problems.get(0).reason().contains("not valid JSON"));
    }

    @Test
    void utf16WithByteOrderMarkIsDecoded() {
        byte[] body = "Storm Hits Coast\n\nThe storm hit.\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xff;
        bytes[1] = (byte) 0xfe;
        System.arraycopy(body, 0, bytes, 2, body.length);
        read("a.txt", bytes);
        assertEquals("Storm Hits Coast", articles.get(0).title());
    }

    @Test
    void windows1252TextIsDecoded() {
        byte[] b = "Storm Hits Coast\n\n\u0093We are safe,\u0094 the mayor said.\n".getBytes(java.nio.charset.Charset.forName("ISO-8859-1"));
        read("old.txt", b);
        assertEquals(1, articles.size(), problems.toString());
        assertTrue(articles.get(0).text().contains("\u201CWe are safe,\u201D"));
    }

    @Test
    void binaryEmptyAndInvalidTextAreRefusedWithAReason() {
        read("img.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});
        read("empty.txt", "  \n\t".getBytes(StandardCharsets.UTF_8));
        read("bad.txt", new byte[] {'a', (byte) 0x81, 'b', ' ', 'c'});
        assertEquals(0, articles.size());
        assertEquals(List.of("img.txt", "empty.txt", "bad.txt"), problems.stream().map(Problem::source).toList());
        assertTrue(problems.get(0).reason().contains("binary"));
        assertTrue(problems.get(1).reason().contains("empty"));
        assertTrue(problems.get(2).reason().contains("UTF-8"));
    }

    @Test
    void aLinkInAFolderToAFileOutsideItIsRefusedAndOneNamedOnTheCommandLineIsFollowed(@TempDir Path tmp) throws Exception {
        Path secret = Files.writeString(tmp.resolve("password.txt"), "hunter2 is the password of the update endpoint\n");
        Path outsideDir = Files.createDirectories(tmp.resolve("private"));
        Files.writeString(outsideDir.resolve("key.txt"), "a private key, not news\n");
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("story.txt"), "Council Meets\n\nThe council met on Tuesday.\n");
        Files.createDirectories(in.resolve("sub"));
        Files.createSymbolicLink(in.resolve("notes.txt"), secret);
        Files.createSymbolicLink(in.resolve("sub/keys"), outsideDir);
        Files.writeString(in.resolve("sub/inner.txt"), "Library Opens\n\nThe library opened on Sunday.\n");
        Files.createSymbolicLink(in.resolve("again.txt"), in.resolve("sub/inner.txt")); // inside the folder: read

        List<Inputs.InputFile> files = new Inputs().files(List.of(in.toString()), problems::add);
        assertEquals(List.of("again.txt", "story.txt") /* sub/inner.txt is the same file, read once */, files.stream().map(Inputs.InputFile::name).toList(),
                "nothing outside the folder given is read: " + problems);
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.stream().allMatch(p -> p.reason().contains("symbolic link to outside " + in)), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.source().endsWith("notes.txt")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.source().endsWith("keys")), problems.toString());
        assertTrue(problems.stream().allMatch(p -> p.line().lines().count() == 1), "one line each");

        problems.clear();
        List<Inputs.InputFile> named = new Inputs().files(List.of(in.resolve("notes.txt").toString()), problems::add);
        assertEquals(1, named.size(), "a link the user names is the user's choice: " + problems);
    }
}
