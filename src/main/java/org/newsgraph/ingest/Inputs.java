package org.newsgraph.ingest;

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
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Turns the command line's inputs (files, directories read recursively, "-" for standard input) into
 * articles, choosing the reader by file name or, failing that, by content.
 */
public final class Inputs {
    /** Largest input read; larger files are refused rather than exhausting memory. */
    public static final long MAX_BYTES = 256L * 1024 * 1024;
    /** Longest article text: news articles are far shorter; longer texts are data dumps or errors. */
    public static final int MAX_ARTICLE_CHARS = 2 * 1024 * 1024;

    private final ArticleReader text = new PlainTextReader();
    private final ArticleReader html = new HtmlReader();
    private final ArticleReader jsonl = new JsonLinesReader();

    /** The files that the inputs name, in a stable order; unreadable paths are reported. */
    public List<Path> files(List<String> inputs, Consumer<Problem> problems) {
        List<Path> out = new ArrayList<>();
        for (String in : inputs) {
            if (in.equals("-")) {
                out.add(Path.of("-"));
                continue;
            }
            Path p = Path.of(in);
            if (!Files.exists(p)) {
                problems.accept(new Problem(in, "no such file or directory"));
            } else if (Files.isDirectory(p)) {
                walk(p, out, problems);
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private static void walk(Path dir, List<Path> out, Consumer<Problem> problems) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    return !d.equals(dir) && d.getFileName().toString().startsWith(".")
                            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                    if (f.getFileName().toString().startsWith(".")) return FileVisitResult.CONTINUE;
                    if (attrs.isRegularFile()) found.add(f);
                    else if (attrs.isSymbolicLink()) problems.accept(new Problem(f.getFileName().toString(), "cannot be read (broken symbolic link)"));
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
        found.sort(null);
        out.addAll(found);
    }

    /** Reads one file (or standard input for "-") into articles. */
    public void read(Path file, Consumer<Article> articles, Consumer<Problem> problems) {
        String name = file.toString().equals("-") ? "stdin" : file.getFileName().toString();
        byte[] bytes;
        try {
            if (file.toString().equals("-")) {
                bytes = readLimited(System.in, name);
            } else {
                if (Files.size(file) > MAX_BYTES) {
                    problems.accept(new Problem(name, "too large (" + Files.size(file) / (1024 * 1024) + " MB; the limit is "
                            + MAX_BYTES / (1024 * 1024) + " MB)"));
                    return;
                }
                bytes = Files.readAllBytes(file);
            }
        } catch (IOException e) {
            problems.accept(new Problem(name, "cannot be read (" + e.getClass().getSimpleName() + ")"));
            return;
        } catch (InputFormatException e) {
            problems.accept(new Problem(name, e.getMessage()));
            return;
        }
        read(name, bytes, articles, problems);
    }

    /** Reads the bytes of an input called {@code name}. */
    public void read(String name, byte[] bytes, Consumer<Article> articles, Consumer<Problem> problems) {
        String content;
        try {
            content = TextDecoder.decode(bytes);
        } catch (InputFormatException e) {
            problems.accept(new Problem(name, e.getMessage()));
            return;
        }
        readerFor(name, content).read(name, content, a -> check(a, articles, problems), problems);
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

    private static byte[] readLimited(InputStream in, String name) throws IOException, InputFormatException {
        byte[] b = in.readNBytes((int) MAX_BYTES + 1);
        if (b.length > MAX_BYTES) throw new InputFormatException("too large (the limit is " + MAX_BYTES / (1024 * 1024) + " MB)");
        return b;
    }
}
