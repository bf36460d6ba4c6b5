package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A corpus file's split is the one its corpus states beside it, else the one its name falls in. */
class SplitTest {
    @Test
    void aTokenFileTakesTheSplitItsGoldStatesAndANameWithoutGoldItsHash(@TempDir Path tmp) throws Exception {
        Path bio = Files.createDirectories(tmp.resolve("corpus/bio"));
        Path gold = Files.createDirectories(tmp.resolve("corpus/gold"));
        // a name whose hash falls in the training split, stated to be development data by its corpus
        String name = java.util.stream.IntStream.range(0, 1000).mapToObj(i -> "doc_" + i)
                .filter(n -> Split.of(n) == Split.TRAIN).findFirst().orElseThrow();
        Files.writeString(bio.resolve(name + ".tsv"), "Rome\tB-LOC\n");
        Files.writeString(gold.resolve(name + ".json"), "{\"source_file\": \"" + name + ".txt\", \"polnear_split\": \"dev\"}");
        assertEquals(Split.DEV, Split.ofFile(bio.resolve(name + ".tsv")));
        Path texts = Files.createDirectories(tmp.resolve("corpus/texts"));
        Files.writeString(texts.resolve(name + ".txt"), "Rome.");
        assertEquals(Split.DEV, Split.ofFile(texts.resolve(name + ".txt")), "the text of the same article too");
        Files.writeString(bio.resolve("other_1.tsv"), "Rome\tB-LOC\n");
        assertEquals(Split.of("other_1"), Split.ofFile(bio.resolve("other_1.tsv")), "no gold: by name");
    }
}
