package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.newsgraph.Pipeline;
import org.newsgraph.extract.Extraction;
import org.newsgraph.ingest.Inputs;

/**
 * The analyzer tags only the words the rules read, to be fast; what newsgraph finds must not depend on it. On the
 * sample corpus (real news), the entities, their mentions and the quotes are those found when every word is tagged.
 */
class PartialTaggingTest {
    @Test
    void taggingWhatTheRulesReadFindsWhatTaggingEveryWordFinds() throws Exception {
        Pipeline partial = Pipeline.builder().build();
        Pipeline full = Pipeline.builder().analyzer(new OpenNlpAnalyzer(OpenNlpModels.get(), false, true)).build();
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("seeds"))) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        assertTrue(files.size() >= 5);
        List<String> failures = new ArrayList<>();
        Inputs in = new Inputs();
        for (Path f : files) {
            in.read(Inputs.InputFile.of(f), a -> {
                Extraction p = partial.process(a);
                Extraction q = full.process(a);
                if (!p.entities().equals(q.entities())) failures.add(f + ": entities differ");
                if (!p.quotes().equals(q.quotes())) failures.add(f + ": quotes differ");
            }, problem -> failures.add(problem.toString()));
        }
        assertEquals(List.of(), failures);
    }
}
