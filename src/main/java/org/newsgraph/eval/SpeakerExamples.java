package org.newsgraph.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import opennlp.tools.ml.model.Event;
import org.newsgraph.Pipeline;
import org.newsgraph.model.Entity;
import org.newsgraph.quotes.MaxentSpeakerRanker;
import org.newsgraph.quotes.SieveChainAttributor.SpeakerChoice;
import org.newsgraph.quotes.SpeakerCandidate;

/**
 * Training events for the speaker ranker from annotated quote corpora (folders of {@code texts/} and {@code
 * gold/}, as {@code corpora/quotes/polnear} and {@code ggt} are): every candidate speaker of every quote the gold
 * names a speaker for, labelled as the speaker score counts it. Only the articles of the wanted split are read.
 */
public final class SpeakerExamples {
    private final List<Event> events = new ArrayList<>();
    private int articles;
    private int quotes;
    private int withRight;

    /** Reads the corpora's articles of split {@code wanted} through {@code pipeline}. */
    public void add(Pipeline pipeline, List<Path> corpora, Split wanted) throws IOException {
        articles += QuoteCorpora.read(corpora, wanted, (g, a) -> add(g, pipeline.speakerChoices(a)));
    }

    private void add(Gold gold, Pipeline.SpeakerChoices sc) {
        Map<String, Entity> byKey = sc.entities().stream().collect(Collectors.toMap(Entity::key, Function.identity(), (a, b) -> a));
        for (SpeakerChoice c : sc.choices()) {
            Gold.GoldQuote g = Scorer.goldQuote(gold, c.quoted());
            if (g == null || g.unresolved() || c.candidates().isEmpty()) continue;
            quotes++;
            boolean any = false;
            for (SpeakerCandidate k : c.candidates()) {
                Entity e = k.key() == null ? null : byKey.get(k.key());
                boolean right = Scorer.speakerRight(gold, g, e);
                any |= right;
                events.add(MaxentSpeakerRanker.event(k, right));
            }
            if (any) withRight++;
        }
    }

    public List<Event> events() {
        return events;
    }

    public int articles() {
        return articles;
    }

    /** Quotes with a gold speaker and at least one candidate. */
    public int quotes() {
        return quotes;
    }

    /** Of those, the quotes one of whose candidates is right: the most a ranker can get right. */
    public int withRightCandidate() {
        return withRight;
    }
}
