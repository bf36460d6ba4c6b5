package org.newsgraph.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Turns the command line's inputs (files, directories read recursively, "-" for standard input) into
 * articles, choosing the reader by file name or, failing that, by content. An article is named by its path
 * relative to the directory given (so {@code a/story.txt} and {@code b/story.txt} stay two articles), by its file
 * name when the file is given itself, and by a hash of its content when it comes from standard input. Only regular
 * files are read: a device, FIFO or socket is refused with a message, named or found in a directory, and so is a
 * store's own directory. What a directory holds stays inside it: a symbolic link found in it whose target resolves
 * outside the directory given is refused with a message (a link named on the command line is followed).
 */
public final class Inputs {
    /** Largest document read (a page or a text): larger ones are refused rather than exhausting memory. */
    public static final long MAX_BYTES = 32L * 1024 * 1024;
    /** Largest JSON Lines feed read; it is read a line at a time. */
    public static final long MAX_FEED_BYTES = 4L * 1024 * 1024 * 1024;
    /** Longest line of a feed: one article. */
    public static final int MAX_LINE_BYTES = 16 * 1024 * 1024;
    /** Longest article text: news articles are far shorter; longer texts are data dumps or errors. */
    public static final int MAX_ARTICLE_CHARS = 2 * 1024 * 1024;

    /** A file to read and the name its articles are known by. */
    public record InputFile(Path path, String name) {
        static final InputFile STDIN = new InputFile(Path.of("-"), "stdin");

        /** A file known by its file name. */
        public static InputFile of(Path file) {
            return new InputFile(file, file.getFileName().toString());
        }

        boolean stdin() {
            return this == STDIN || path.toString().equals("-");
        }
    }

    private final ArticleReader text = new PlainTextReader();
    private final ArticleReader html = new HtmlReader();
    private final JsonLinesReader jsonl = new JsonLinesReader();

    /** The files that the inputs name, in a stable order; unreadable paths are reported. */
    public List<InputFile> files(List<String> inputs, Consumer<Problem> problems) {
        List<InputFile> out = new ArrayList<>();
        Map<String, Path> names = new HashMap<>();
        Set<Path> seen = new HashSet<>();
        for (String in : inputs) {
            if (in.equals("-")) {
                out.add(InputFile.STDIN);
                continue;
            }
            Path p = Path.of(in);
            if (!Files.exists(p)) {
                problems.accept(new Problem(in, "no such file or directory"));
            } else if (Files.isDirectory(p)) {
                if (isStore(p)) {
                    problems.accept(Problem.warning(in, "a store's directory, not articles; skipped"));
                    continue;
                }
                List<InputFile> found = new ArrayList<>();
                walk(p, found, problems);
                for (InputFile f : found) add(f, out, names, seen, problems);
            } else if (!Files.isRegularFile(p)) {
                problems.accept(new Problem(in, "not a regular file (a device, FIFO or socket); not read"));
            } else {
                add(new InputFile(p, p.getFileName().toString()), out, names, seen, problems);
            }
        }
        return out;
    }

    /** Adds a file once, and refuses a second file known by the same name, which would replace the first. */
    private static void add(InputFile f, List<InputFile> out, Map<String, Path> names, Set<Path> seen, Consumer<Problem> problems) {
        if (!seen.add(real(f.path()))) return; // the same file named twice is read once
        Path other = names.putIfAbsent(f.name(), f.path());
        if (other != null) {
            problems.accept(new Problem(f.path().toString(), "named " + f.name() + " like " + other
                    + ", whose article it would replace; skipped (give their directory to name each by its path)"));
            return;
        }
        out.add(f);
    }

    private static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    /** Whether a directory holds a store (TDB2's files, or what newsgraph keeps beside them). */
    static boolean isStore(Path dir) {
        return Files.exists(dir.resolve("tdb.lock")) || Files.isDirectory(dir.resolve("Data-0001"))
                || Files.exists(dir.resolve("statements.pending"));
    }

    private static String outside(Path dir) {
        return "a symbolic link to outside " + dir + ", the directory given; not read (name the file itself to read it)";
    }

    private static void walk(Path dir, List<InputFile> out, Consumer<Problem> problems) {
        List<InputFile> found = new ArrayList<>();
        Path root = real(dir);
        try {
            Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    if (d.equals(dir)) return FileVisitResult.CONTINUE;
                    if (d.getFileName().toString().startsWith(".")) return FileVisitResult.SKIP_SUBTREE;
                    if (!real(d).startsWith(root)) {
                        problems.accept(new Problem(d.toString(), outside(dir)));
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    if (isStore(d)) {
                        problems.accept(Problem.warning(d.toString(), "a store's directory, not articles; skipped"));
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                    if (f.getFileName().toString().startsWith(".")) return FileVisitResult.CONTINUE;
                    if (attrs.isRegularFile()) {
                        // read through the resolved path, so that a link swapped in after this check is not followed
                        Path target = real(f);
                        if (!target.startsWith(root)) problems.accept(new Problem(f.toString(), outside(dir)));
                        else found.add(new InputFile(target, dir.relativize(f).toString().replace(java.io.File.separatorChar, '/')));
                    } else if (attrs.isSymbolicLink()) {
                        problems.accept(new Problem(f.toString(), "cannot be read (broken symbolic link)"));
                    } else if (!attrs.isDirectory()) {
                        problems.accept(new Problem(f.toString(), "not a regular file (a device, FIFO or socket); not read"));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path f, IOException e) {
                    String why = e instanceof java.nio.file.FileSystemLoopException ? "directory loop through a symbolic link"
                            : "cannot be read (" + e.getClass().getSimpleName() + ")";
                    problems.accept(new Problem(f.toString(), why));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.accept(new Problem(dir.toString(), "cannot be read: " + e.getMessage()));
        }
        found.sort(java.util.Comparator.comparing(InputFile::name));
        out.addAll(found);
    }

    /** Reads one file (or standard input) into articles. */
    public void read(InputFile file, Consumer<Article> articles, Consumer<Problem> problems) {
        String name = file.name();
        try (InputStream raw = file.stdin() ? nonClosing(System.in) : Files.newInputStream(file.path());
             BufferedInputStream in = new BufferedInputStream(raw, 1 << 16)) {
            in.mark(512);
            byte[] head = in.readNBytes(512);
            in.reset();
            if (isFeed(name, head)) {
                readFeed(name, file.stdin(), in, articles, problems);
                return;
            }
            byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                problems.accept(new Problem(name, "too large (over " + MAX_BYTES / (1024 * 1024) + " MB, the limit for one page or text)"));
                return;
            }
            if (file.stdin()) name = "stdin-" + contentId(bytes);
            read(name, bytes, articles, problems);
        } catch (IOException e) {
            problems.accept(new Problem(name, "cannot be read (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")"));
        }
    }

    /** Reads the bytes of an input called {@code name}. */
    public void read(String name, byte[] bytes, Consumer<Article> articles, Consumer<Problem> problems) {
        String content;
        try {
            content = TextDecoder.decode(bytes, w -> problems.accept(Problem.warning(name, w)));
        } catch (InputFormatException e) {
            problems.accept(new Problem(name, e.getMessage()));
            return;
        }
        readerFor(name, content).read(name, content, a -> check(a, articles, problems), problems);
    }

    /** Whether the input is a JSON Lines feed, by its name or, for other names, its first character. */
    private static boolean isFeed(String name, byte[] head) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) return true;
        if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml") || n.endsWith(".txt") || n.endsWith(".text") || n.endsWith(".md")) {
            return false;
        }
        int i = head.length >= 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb && (head[2] & 0xff) == 0xbf ? 3 : 0;
        while (i < head.length && (head[i] == ' ' || head[i] == '\n' || head[i] == '\r' || head[i] == '\t')) i++;
        return i < head.length && head[i] == '{';
    }

    /**
     * Reads a feed a line at a time, so that its size costs no memory: each line is decoded on its own, a line
     * longer than {@link #MAX_LINE_BYTES} is refused, and the feed stops at {@link #MAX_FEED_BYTES}.
     */
    private void readFeed(String name, boolean stdin, InputStream in, Consumer<Article> articles, Consumer<Problem> problems) throws IOException {
        java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
        long total = 0;
        int number = 0;
        boolean tooLong = false;
        boolean any = false;
        byte[] buf = new byte[1 << 16];
        int n;
        while (true) {
            n = in.read(buf);
            int from = 0;
            for (int i = 0; i < Math.max(n, 0); i++) {
                if (buf[i] != '\n') continue;
                if (!tooLong) line.write(buf, from, i - from);
                if (line.size() > MAX_LINE_BYTES) tooLong = true;
                number++;
                any |= feedLine(name, stdin, number, line, tooLong, articles, problems);
                line.reset();
                tooLong = false;
                from = i + 1;
            }
            if (n < 0) break;
            total += n;
            if (total > MAX_FEED_BYTES) {
                problems.accept(new Problem(name, "feed read up to " + MAX_FEED_BYTES / (1024 * 1024 * 1024) + " GB, the limit; the rest is not read"));
                return;
            }
            if (!tooLong) {
                line.write(buf, from, n - from);
                if (line.size() > MAX_LINE_BYTES) {
                    tooLong = true;
                    line.reset();
                }
            }
        }
        if (line.size() > 0 || tooLong) any |= feedLine(name, stdin, number + 1, line, tooLong, articles, problems);
        if (!any && total == 0) problems.accept(new Problem(name, "empty: no text to read"));
    }

    /** One line of a feed; true when the line held anything. */
    private boolean feedLine(String name, boolean stdin, int number, java.io.ByteArrayOutputStream line, boolean tooLong,
                             Consumer<Article> articles, Consumer<Problem> problems) {
        if (tooLong) {
            problems.accept(new Problem(name + ":" + number, "line " + number + " is longer than " + MAX_LINE_BYTES / (1024 * 1024)
                    + " MB, the limit for one article"));
            return true;
        }
        byte[] bytes = line.toByteArray();
        String source = stdin ? "stdin-" + contentId(bytes)
                : name + ":" + number;
        String text;
        try {
            text = TextDecoder.decode(bytes, w -> problems.accept(Problem.warning(source, w)));
        } catch (InputFormatException e) {
            if (e.getMessage().startsWith("empty")) return false;
            problems.accept(new Problem(source, "line " + number + ": " + e.getMessage()));
            return true;
        }
        jsonl.readLine(source, number, text, a -> check(a, articles, problems), problems);
        return true;
    }

    /** A short, stable id of some bytes: the name of what standard input gave. */
    static String contentId(byte[] bytes) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
            return java.util.HexFormat.of().formatHex(d, 0, 4);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InputStream nonClosing(InputStream in) {
        return new java.io.FilterInputStream(in) {
            @Override
            public void close() {
                // standard input stays open for the process
            }
        };
    }

    /** Passes on an article that has text to read and is not too long for a news article. */
    static void check(Article a, Consumer<Article> articles, Consumer<Problem> problems) {
        if (a.text().length() > MAX_ARTICLE_CHARS) {
            problems.accept(new Problem(a.source(), String.format("too long for a news article (%.1f MB of text; the limit is %d MB)",
                    a.text().length() / 1048576.0, MAX_ARTICLE_CHARS / 1048576)));
            return;
        }
        boolean body = a.content().stream().anyMatch(b -> (b.kind() == Block.Kind.BODY || b.kind() == Block.Kind.HEADING)
                && a.text(b).codePoints().anyMatch(Character::isLetter)) && letters(a) >= 8;
        if (!body) {
            problems.accept(new Problem(a.source(), "no article text (only a title, dates or page furniture)"));
            return;
        }
        articles.accept(a);
    }

    private static long letters(Article a) {
        long n = 0;
        for (Block b : a.content()) if (b.kind() != Block.Kind.TITLE) n += a.text(b).codePoints().filter(Character::isLetter).count();
        return n;
    }

    ArticleReader readerFor(String name, String content) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) return html;
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) return jsonl;
        if (n.endsWith(".txt") || n.endsWith(".text") || n.endsWith(".md")) return text;
        String head = content.stripLeading();
        if (head.startsWith("{")) return jsonl;
        String h = head.length() > 200 ? head.substring(0, 200).toLowerCase(Locale.ROOT) : head.toLowerCase(Locale.ROOT);
        if (h.startsWith("<!doctype html") || h.startsWith("<html") || h.contains("<body")) return html;
        return text;
    }

}
