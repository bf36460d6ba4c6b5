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

    /**
     * The sieves, with the resolver they ask who a pronoun refers to, and the calibration that turns the method
     * that decided a report into its confidence.
     */
    public SieveChainAttributor(List<Sieve> sieves, AnaphoraResolver resolver, Calibration calibration) {
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
        return new SieveChainAttributor(sieves(WordLists.ordered(ORDER)), resolver, c);
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

    @Override
    public List<Quote> attribute(AnalyzedText at, List<Entity> entities, List<QuoteSpan> spans) {
        QuoteScene scene = new QuoteScene(at, entities, spans, resolver);
        String text = scene.text();
        for (Sieve sieve : sieves) {
            // short quotes too: "“Carson is cratering,” Smith said. “…”" tells who goes on speaking
            for (int i = 0; i < spans.size(); i++) {
                if (scene.decided(i) != null || !sieve.handles(spans.get(i))) continue;
                Attribution a = sieve.attribute(scene, i);
                if (a != null) scene.decide(i, a);
            }
        }
        List<Quote> out = new ArrayList<>();
        QuoteSpan turn = null; // the last labelled line given to its speaker: the quotes inside it are that turn's words
        for (int i = 0; i < spans.size(); i++) {
            QuoteSpan s = spans.get(i);
            Attribution a = scene.decided(i);
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
                    ? new Quote(s.start(), s.end(), quoted, s.kind(), null, null, null, "unattributed", calibration.of("unattributed", 0.5))
                    : new Quote(s.start(), s.end(), quoted, s.kind(), a.speakerKey(), a.description(), a.cue(), a.method(),
                            calibration.of(a.method(), a.confidence())));
        }
        return out;
    }
}
