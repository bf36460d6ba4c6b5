package org.newsgraph.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.newsgraph.coref.AnaphoraResolver;
import org.newsgraph.coref.SalienceResolver;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Quote;
import org.newsgraph.model.QuoteKind;
import org.newsgraph.nlp.AnalyzedText;
import org.newsgraph.nlp.WordLists;

/**
 * Attribution as a chain of sieves, after CoreNLP's {@code QuoteAttributionAnnotator}: each sieve, in the
 * order {@code /quotes/sieves.txt} lists them, runs over every quote no earlier sieve decided, so the
 * sieves that read a quote's own sentence decide first and the ones that carry a speaker over from the
 * neighbours see their decisions. A quote in marks that no sieve decides stays unattributed; a block
 * quote (a paragraph without marks) or a labelled line ({@code READ MORE: …}, {@code Q: …}) that no sieve
 * decides is not reported, and the quotes inside a labelled line are reported only when its label names no one.
 */
public final class SieveChainAttributor implements QuoteAttributor {
    public static final String ORDER = "/quotes/sieves.txt";

    private static final Map<String, Supplier<Sieve>> KNOWN = Stream.<Supplier<Sieve>>of(
            TranscriptLabelSieve::new, DashSignatureSieve::new, CueAfterSieve::new, AccordingToSieve::new,
            CueBeforeSieve::new, ParticipleSieve::new, ColonIntroSieve::new, SentenceSubjectSieve::new, BlockQuoteSieve::new,
            ReportedSpeechSieve::new,
            ContinuationSieve::new, HeadlineSieve::new)
            .collect(Collectors.toMap(s -> s.get().name(), Function.identity()));

    private final List<Sieve> sieves;
    private final AnaphoraResolver resolver;
    private final Calibration calibration;
    private final SpeakerRanker ranker;

    /**
     * The sieves, with the resolver they ask who a pronoun refers to, and the calibration that turns the method
     * that decided a report into its confidence.
     */
    public SieveChainAttributor(List<Sieve> sieves, AnaphoraResolver resolver, Calibration calibration) {
        this(sieves, resolver, calibration, null);
    }

    /**
     * The same, with the sieves as candidate generators: {@code ranker} (when not null) chooses each statement's
     * speaker among what the sieves and the neighbouring quotes propose, and its probability is the confidence.
     */
    public SieveChainAttributor(List<Sieve> sieves, AnaphoraResolver resolver, Calibration calibration, SpeakerRanker ranker) {
        this.ranker = ranker;
        this.sieves = List.copyOf(sieves);
        this.resolver = java.util.Objects.requireNonNull(resolver);
        this.calibration = java.util.Objects.requireNonNull(calibration);
    }

    /** The sieves in the shipped order. */
    public static SieveChainAttributor standard() {
        return standard(new SalienceResolver(), Calibration.shipped());
    }

    /** The sieves in the shipped order, resolving pronouns with {@code resolver}, confidences calibrated by {@code c}. */
    public static SieveChainAttributor standard(AnaphoraResolver resolver, Calibration c) {
        return standard(resolver, c, null);
    }

    /** The sieves in the shipped order, their candidates ranked by {@code ranker} (none when null). */
    public static SieveChainAttributor standard(AnaphoraResolver resolver, Calibration c, SpeakerRanker ranker) {
        return new SieveChainAttributor(sieves(WordLists.ordered(ORDER)), resolver, c, ranker);
    }

    /** The sieves of these names, in this order; an unknown name is an error. */
    public static SieveChainAttributor named(List<String> names) {
        return new SieveChainAttributor(sieves(names), new SalienceResolver(), Calibration.none());
    }

    private static List<Sieve> sieves(List<String> names) {
        List<Sieve> out = new ArrayList<>();
        for (String n : names) {
            Supplier<Sieve> s = KNOWN.get(n);
            if (s == null) throw new IllegalArgumentException("unknown quote sieve '" + n + "' (known: " + String.join(", ", KNOWN.keySet().stream().sorted().toList()) + ")");
            out.add(s.get());
        }
        return out;
    }

    public List<String> names() {
        return sieves.stream().map(Sieve::name).toList();
    }

    /** A quote's candidate speakers, for learning to rank them. */
    public record SpeakerChoice(QuoteSpan span, String quoted, List<SpeakerCandidate> candidates) {}

    /** Each ranked quote's candidate speakers, as the ranker sees them. */
    public List<SpeakerChoice> choices(AnalyzedText at, List<Entity> entities, List<QuoteSpan> spans) {
        QuoteScene scene = chain(at, entities, spans);
        SpeakerCandidates generator = new SpeakerCandidates(scene);
        List<SpeakerChoice> out = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            if (!ranked(spans.get(i))) continue;
            out.add(new SpeakerChoice(spans.get(i), scene.quoted(i), candidates(scene, generator, i)));
        }
        return out;
    }

    /** The scene with every quote decided by the first sieve, in order, that can tell. */
    private QuoteScene chain(AnalyzedText at, List<Entity> entities, List<QuoteSpan> spans) {
        QuoteScene scene = new QuoteScene(at, entities, spans, resolver);
        for (Sieve sieve : sieves) {
            // short quotes too: "“Carson is cratering,” Smith said. “…”" tells who goes on speaking
            for (int i = 0; i < spans.size(); i++) {
                if (scene.decided(i) != null || !sieve.handles(spans.get(i))) continue;
                Attribution a = sieve.attribute(scene, i);
                if (a != null) scene.decide(i, a);
            }
        }
        return scene;
    }

    /** Quote {@code i}'s candidates: what every sieve proposes once the chain has decided all quotes. */
    private List<SpeakerCandidate> candidates(QuoteScene scene, SpeakerCandidates generator, int i) {
        List<Attribution> proposals = new ArrayList<>();
        for (Sieve sieve : sieves) {
            if (!sieve.handles(scene.span(i))) continue;
            Attribution a = sieve.attribute(scene, i);
            if (a != null) proposals.add(a);
        }
        return generator.of(i, scene.decided(i), proposals);
    }

    /**
     * Whether the ranker chooses the speaker of a quote like this: quotes in marks in the running text, what the
     * annotated corpora hold by the thousand; block quotes and transcript lines keep the sieves' decision.
     */
    private static boolean ranked(QuoteSpan q) {
        return q.kind() == QuoteKind.DIRECT && !q.hasLabel();
    }

    /** Below this probability, the ranker gives no speaker to a quote the sieves left without one. */
    static final double NEW_SPEAKER_MINIMUM = 0.5;

    @Override
    public List<Quote> attribute(AnalyzedText at, List<Entity> entities, List<QuoteSpan> spans) {
        QuoteScene scene = chain(at, entities, spans);
        String text = scene.text();
        Attribution[] chosen = new Attribution[spans.size()];
        double[] confidence = new double[spans.size()];
        SpeakerCandidates generator = ranker == null ? null : new SpeakerCandidates(scene);
        for (int i = 0; i < spans.size(); i++) {
            Attribution a = scene.decided(i);
            chosen[i] = a;
            confidence[i] = a == null ? calibration.of("unattributed", 0.5) : calibration.of(a.method(), a.confidence());
            if (ranker == null || !ranked(spans.get(i)) || !spans.get(i).isStatement(text)) continue;
            List<SpeakerCandidate> cs = candidates(scene, generator, i);
            if (cs.isEmpty()) continue;
            double[] p = ranker.probabilities(cs);
            int best = 0;
            for (int k = 1; k < p.length; k++) if (p[k] > p[best]) best = k;
            if (a == null && p[best] < NEW_SPEAKER_MINIMUM) continue;
            chosen[i] = cs.get(best).same(a) ? a : cs.get(best).attribution();
            confidence[i] = p[best];
        }
        List<Quote> out = new ArrayList<>();
        QuoteSpan turn = null; // the last labelled line given to its speaker: the quotes inside it are that turn's words
        for (int i = 0; i < spans.size(); i++) {
            QuoteSpan s = spans.get(i);
            Attribution a = chosen[i];
            if (s.hasLabel()) {
                turn = a != null ? s : null;
                // a label that names no one is a story label ("READ MORE:", "ANALYSIS:"), a question is not a statement
                if (a == null) continue;
            } else if (turn != null && turn.block() == s.block()) {
                continue;
            }
            if (!s.isStatement(text)) continue;
            if (a == null && s.kind() == QuoteKind.BLOCK) continue;
            String quoted = scene.quoted(i);
            out.add(a == null
                    ? new Quote(s.start(), s.end(), quoted, s.kind(), null, null, null, "unattributed", confidence[i])
                    : new Quote(s.start(), s.end(), quoted, s.kind(), a.speakerKey(), a.description(), a.cue(), a.method(), confidence[i]));
        }
        return out;
    }
}
