package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

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
}
