package org.newsgraph.eval;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;

/**
 * The project's fixed development split of the annotated corpora, decided by file name so that it never
 * changes: an article whose corpus has a split of its own (PolNeAR's train/dev) keeps it; any other article
 * is in development when the last byte of the SHA-1 of its name (without extension) is a multiple of ten,
 * about 10% of each corpus, and in the tuning part when it leaves 1 (another 10%, part of training). Training
 * ({@code kg train ner}) never reads development articles.
 */
public enum Split {
    /** Training articles. */
    TRAIN,
    /** The held-out development articles: never trained or tuned on; the figures reported are on them. */
    DEV,
    /** Training articles set aside for tuning how components combine (a model meant for tuning leaves them out). */
    TUNE,
    ALL;

    /** The split of an article named {@code name} ("af_afrol_1", "af_afrol_1.txt" or "af_afrol_1.tsv"). */
    public static Split of(String name) {
        String base = name.replaceAll("^.*/", "").replaceAll("\\.(txt|tsv|json|html?|jsonl)$", "");
        try {
            byte[] d = MessageDigest.getInstance("SHA-1").digest(base.getBytes(StandardCharsets.UTF_8));
            int r = (d[d.length - 1] & 0xff) % 10;
            return r == 0 ? DEV : r == 1 ? TUNE : TRAIN;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The split of a gold file's article: the corpus's own when it states one. */
    public static Split of(Gold g) {
        if (g.split() != null) return g.split().toLowerCase(Locale.ROOT).startsWith("dev") ? DEV : TRAIN;
        return of(g.sourceFile());
    }

    /** Whether an article of split {@code s} belongs to this one (training includes its tuning part). */
    public boolean includes(Split s) {
        return this == ALL || this == s || (this == TRAIN && s == TUNE);
    }

    /**
     * The split of a corpus file (a text or a token file): the one its corpus states in the gold file of the same
     * name in a {@code gold/} folder beside the file's folder ({@code texts/a.txt}, {@code bio/a.tsv} and
     * {@code gold/a.json}), else the split its name falls in.
     */
    public static Split ofFile(java.nio.file.Path file) throws java.io.IOException {
        String name = file.getFileName().toString();
        java.nio.file.Path parent = file.toAbsolutePath().getParent();
        java.nio.file.Path gold = parent == null || parent.getParent() == null ? null
                : parent.getParent().resolve("gold").resolve(name.replaceAll("\\.(txt|tsv)$", ".json"));
        return gold != null && java.nio.file.Files.isRegularFile(gold) ? of(Gold.read(gold)) : of(name);
    }
}
