package org.newsgraph.extract;

import org.newsgraph.model.Mention;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Candidate;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.newsgraph.ingest.Block;
import org.newsgraph.nlp.AnalyzedText;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.ner.ModelTokens;
import org.newsgraph.nlp.Token;

/**
 * Persons, organisations and places found by a trained name finder (OpenNLP's maximum-entropy
 * {@link NameFinderME}), one sentence at a time, on the sentence's {@link ModelTokens}, with the document's
 * earlier decisions as features. The
 * confidence of a mention is the model's probability of its span. One instance serves one thread.
 */
public final class StatisticalMentionFinder implements MentionFinder {
    public static final String METHOD = "name-model";

    private final NameFinderME finder;

    public StatisticalMentionFinder(TokenNameFinderModel model) {
        this.finder = new NameFinderME(model);
    }

    @Override
    public List<Candidate> find(AnalyzedText at) {
        String text = at.article().text();
        finder.clearAdaptiveData();
        List<Candidate> out = new ArrayList<>();
        for (Sentence s : at.sentences()) {
            if (capitalisedLine(s)) continue;
            List<int[]> pieces = new ArrayList<>(); // [start, end) in the article text
            for (Token t : s.tokens()) {
                for (int[] p : ModelTokens.pieces(t.text())) pieces.add(new int[] {t.start() + p[0], t.start() + p[1]});
            }
            if (pieces.isEmpty()) continue;
            String[] words = new String[pieces.size()];
            for (int i = 0; i < words.length; i++) words[i] = text.substring(pieces.get(i)[0], pieces.get(i)[1]);
            Span[] spans = ModelSpans.joinHyphenated(finder.find(words), words, i -> pieces.get(i)[0], i -> pieces.get(i)[1]);
            double[] probs = finder.probs(spans);
            for (int i = 0; i < spans.length; i++) {
                EntityType type = type(spans[i].getType());
                if (type == null) continue;
                for (ModelSpans.Piece piece : ModelSpans.repair(words, spans[i].getStart(), spans[i].getEnd(), type)) {
                    int start = pieces.get(piece.start())[0];
                    int end = pieces.get(piece.end() - 1)[1];
                    out.add(new Candidate(new Mention(start, end, text.substring(start, end), piece.type(), METHOD,
                            Math.max(0, Math.min(1, probs[i])))));
                }
            }
        }
        return out;
    }

    /** The finder reads names, not types: its mentions are persons, organisations and places. */
    @Override
    public java.util.Set<EntityType> types() {
        return java.util.EnumSet.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PLACE);
    }

    /**
     * A headline, heading or listed line written in title case or capitals: the model learnt from running
     * text, where a capital marks a name, and reads every word of such a line as one. These are left to the
     * rules, which take only names known from the knowledge base or the article's body there.
     */
    static boolean capitalisedLine(Sentence s) {
        Block.Kind k = s.block().kind();
        if (k != Block.Kind.TITLE && k != Block.Kind.LISTED && k != Block.Kind.HEADING) return false;
        int words = 0;
        int capitalised = 0;
        for (Token t : s.tokens()) {
            String w = t.text();
            if (w.length() < 4 || !Character.isLetter(w.charAt(0))) continue; // short function words stay lower case
            words++;
            if (Character.isUpperCase(w.charAt(0))) capitalised++;
        }
        // a headline in title case leaves a few short words and verbs of quoted speech lower case ("have to")
        return words >= 2 && capitalised >= (k == Block.Kind.TITLE ? 0.6 : 0.7) * words;
    }

    static EntityType type(String openNlpType) {
        return switch (openNlpType) {
            case "person" -> EntityType.PERSON;
            case "organization" -> EntityType.ORGANIZATION;
            case "location" -> EntityType.PLACE;
            default -> null;
        };
    }
}
