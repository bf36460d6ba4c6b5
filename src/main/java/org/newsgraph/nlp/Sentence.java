package org.newsgraph.nlp;

import java.util.List;
import org.newsgraph.ingest.Block;

/** A sentence of one block, [start, end) in the article text, with its tokens. */
public record Sentence(int start, int end, Block block, List<Token> tokens) {
    public Sentence {
        tokens = List.copyOf(tokens);
        if (end < start) throw new IllegalArgumentException("bad sentence span");
    }
}
