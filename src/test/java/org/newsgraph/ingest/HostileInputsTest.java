package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs made to hurt, or made carelessly: each is read or refused with a line naming it, in bounded time. */
class HostileInputsTest {
    private static final String STORY = "The council of Northfield met on Tuesday. Mayor Ana Ruiz said the budget would pass.\n";

    @TempDir
    Path dir;

    private final List<Article> articles = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    private void readAll(String... inputs) {
        Inputs in = new Inputs();
        for (Inputs.InputFile f : in.files(List.of(inputs), problems::add)) in.read(f, articles::add, problems::add);
    }

    private List<String> sources() {
        return articles.stream().map(Article::source).toList();
    }

    private String problemLines() {
        return problems.stream().map(Problem::line).toList().toString();
    }

    @Test
    void articlesOfOneNameInTwoFoldersAreTwoArticlesNamedByTheirPaths() throws IOException {
        Files.createDirectories(dir.resolve("a"));
        Files.createDirectories(dir.resolve("b"));
        Files.writeString(dir.resolve("a/story.txt"), STORY);
        Files.writeString(dir.resolve("b/story.txt"), STORY.replace("Tuesday", "Wednesday"));
        readAll(dir.toString());
        assertEquals(List.of("a/story.txt", "b/story.txt"), sources());
        assertTrue(problems.isEmpty(), problemLines());
    }

    @Test
    void twoFilesOfOneNameGivenThemselvesAreNotSilentlyOne() throws IOException {
        Files.createDirectories(dir.resolve("a"));
        Files.createDirectories(dir.resolve("b"));
        Files.writeString(dir.resolve("a/story.txt"), STORY);
        Files.writeString(dir.resolve("b/story.txt"), STORY.replace("Tuesday", "Wednesday"));
        readAll(dir.resolve("a/story.txt").toString(), dir.resolve("b/story.txt").toString());
        assertEquals(List.of("story.txt"), sources());
        assertEquals(1, problems.size(), problemLines());
        assertTrue(problems.get(0).reason().contains("named story.txt like"), problemLines());
    }

    @Test
    void oneFileNamedTwiceIsReadOnceWithoutComplaint() throws IOException {
        Path f = dir.resolve("story.txt");
        Files.writeString(f, STORY);
        readAll(f.toString(), f.toString(), dir.toString());
        assertEquals(List.of("story.txt"), sources());
        assertTrue(problems.isEmpty(), problemLines());
    }

    @Test
    void aStoreInsideTheInputIsNotReadAsArticles() throws IOException {
        Path store = dir.resolve("store");
        Files.createDirectories(store.resolve("Data-0001"));
        Files.writeString(store.resolve("statements.pending"), "articles written, statements not yet regrouped\n");
        Files.writeString(dir.resolve("story.txt"), STORY);
        readAll(dir.toString());
        assertEquals(List.of("story.txt"), sources());
        assertTrue(problemLines().contains("warning " + store + ": a store's directory"), problemLines());
    }

    @Test
    void devicesAndFifosAreRefusedNamedOrFoundInAFolderAndNothingHangs() throws Exception {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero));
        Files.writeString(dir.resolve("story.txt"), STORY);
        Files.createSymbolicLink(dir.resolve("zero.txt"), zero);
        Path fifo = dir.resolve("pipe.txt");
        boolean fifoMade = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> readAll(zero.toString(), dir.toString(),
                fifoMade ? fifo.toString() : zero.toString()));
        assertEquals(List.of("story.txt"), sources());
        assertTrue(problems.stream().allMatch(p -> p.reason().startsWith("not a regular file")), problemLines());
        assertEquals(fifoMade ? 4 : 3, problems.size(), problemLines()); // /dev/zero, the link, the FIFO twice (named and found)
    }

    @Test
    void aFileTooLargeForAPageIsRefusedUnreadAndTheNextIsRead() throws IOException {
        Path big = dir.resolve("big.txt");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(250L * 1024 * 1024); // sparse: no disk, and nothing of it is read
        }
        Files.writeString(dir.resolve("story.txt"), STORY);
        readAll(big.toString(), dir.resolve("story.txt").toString());
        assertEquals(List.of("story.txt"), sources());
        assertEquals(1, problems.size(), problemLines());
        assertTrue(problems.get(0).reason().startsWith("too large"), problemLines());
    }

    @Test
    void aFeedIsReadALineAtATimeAndAnOverlongLineIsRefused() throws IOException {
        Path feed = dir.resolve("feed.jsonl");
        StringBuilder huge = new StringBuilder("{\"text\": \"");
        huge.append("word ".repeat(Inputs.MAX_LINE_BYTES / 5 + 10)).append("\"}\n");
        Files.writeString(feed, "{\"text\": \"" + STORY.strip() + "\"}\n" + huge + "{\"text\": \"" + STORY.replace("Tuesday", "Friday").strip() + "\"}\n");
        readAll(feed.toString());
        assertEquals(List.of("feed.jsonl:1", "feed.jsonl:3"), sources());
        assertEquals(1, problems.size(), problemLines());
        assertTrue(problems.get(0).line().contains("feed.jsonl:2: line 2 is longer than"), problemLines());
    }

    @Test
    void aFeedLineWithTwoObjectsIsNamedNotHalfRead() throws IOException {
        Path feed = dir.resolve("feed.jsonl");
        Files.writeString(feed, "{\"text\": \"" + STORY.strip() + "\"} {\"text\": \"A second story.\"}\n"
                + "{\"text\": \"" + STORY.replace("Tuesday", "Friday").strip() + "\"}\n");
        readAll(feed.toString());
        assertEquals(List.of("feed.jsonl:2"), sources());
        assertTrue(problemLines().contains("line 1 holds more than one JSON value"), problemLines());
    }

    @Test
    void metadataThatIsNotTextIsLeftOutWithAWarningAndTheArticleKept() throws IOException {
        Path feed = dir.resolve("feed.jsonl");
        Files.writeString(feed, "{\"title\": [\"A\", \"B\"], \"outlet\": \"  \", \"text\": \"" + STORY.strip() + "\"}\n");
        readAll(feed.toString());
        assertEquals(1, articles.size());
        assertEquals(null, articles.get(0).title());
        assertEquals(null, articles.get(0).outlet());
        assertTrue(problems.stream().allMatch(Problem::warning), problemLines());
    }

    @Test
    void oneStrayByteInUtf8TextIsReplacedWithAWarningAndTheAccentsKept() throws IOException {
        byte[] good = ("Mayor José Núñez spoke in São Paulo on Monday. " + STORY).getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[good.length + 1];
        System.arraycopy(good, 0, bytes, 0, good.length);
        bytes[good.length] = (byte) 0xe9; // a Windows-1252 "é" pasted at the end
        Files.write(dir.resolve("story.txt"), bytes);
        readAll(dir.resolve("story.txt").toString());
        assertEquals(1, articles.size());
        assertTrue(articles.get(0).text().contains("José Núñez"), articles.get(0).text());
        assertEquals(1, problems.size(), problemLines());
        assertTrue(problems.get(0).warning() && problems.get(0).reason().contains("1 byte not valid UTF-8"), problemLines());
    }

    @Test
    void aWindows1252TextIsStillReadAsWindows1252() throws IOException {
        Files.write(dir.resolve("story.txt"), ("Mayor José Núñez spoke. " + STORY).getBytes(java.nio.charset.Charset.forName("windows-1252")));
        readAll(dir.resolve("story.txt").toString());
        assertTrue(articles.get(0).text().contains("José Núñez"), articles.get(0).text());
        assertTrue(problems.isEmpty(), problemLines());
    }

    @Test
    void htmlNestedDeeperThanAnyPageIsRefusedInBoundedTime() throws IOException {
        String deep = "<html><body><p>" + STORY + "</p>" + "<blockquote>".repeat(100_000) + "deep" + "</blockquote>".repeat(100_000)
                + "</body></html>";
        Files.writeString(dir.resolve("deep.html"), deep);
        Files.writeString(dir.resolve("story.txt"), STORY);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> readAll(dir.toString()));
        assertEquals(List.of("story.txt"), sources());
        assertTrue(problemLines().contains("HTML nested 100,0"), problemLines());
    }

    @Test
    void twoArticlesPipedInTurnAreTwoArticlesAndTheSameOneTwiceIsOne() {
        java.io.InputStream stdin = System.in;
        try {
            for (String text : List.of(STORY, STORY.replace("Tuesday", "Friday"), STORY)) {
                System.setIn(new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
                readAll("-");
            }
        } finally {
            System.setIn(stdin);
        }
        assertEquals(3, articles.size());
        assertTrue(sources().stream().allMatch(x -> x.matches("stdin-[0-9a-f]{8}")), sources().toString());
        assertEquals(2, sources().stream().distinct().count(), "two texts, two names; the same text, the same name: " + sources());
    }
}
