package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.eval.Split;
import org.newsgraph.link.KnowledgeBase;
import org.newsgraph.ner.BioCorpus;
import org.newsgraph.ner.NameFinderTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code kg train}: {@code ner} trains the statistical name finder from token/label files, {@code names} learns the
 * genders of given names from plain texts, {@code confidence} calibrates attribution confidence on annotated quotes.
 */
@Command(name = "train", mixinStandardHelpOptions = true, description = "Trains a statistical component.",
        subcommands = {TrainCommand.Ner.class, TrainCommand.Names.class, TrainCommand.Confidence.class, TrainCommand.Speakers.class})
public final class TrainCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "ner", mixinStandardHelpOptions = true,
            description = "Trains the name finder (persons, organisations, places) on token<TAB>label files "
                    + "(B-PER, I-ORG, O, ...; a blank line between sentences), from one corpus or several. Articles of the development split "
                    + "are left out unless --all: the split a gold/ folder beside the data states for the file, else the one its name falls in. Use the model with kg build/eval --ner-model FILE.")
    static final class Ner implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "DATA", arity = "0..*", description = "Directories or .tsv files of training data.")
        List<Path> positional = List.of();

        @Option(names = "--data", paramLabel = "DIR", arity = "1..*", description = "Directories or .tsv files of training data.")
        List<Path> data = List.of();

        @Option(names = "--output", paramLabel = "FILE", required = true, description = "Where to write the model (.bin).")
        Path output;

        @Option(names = "--all", description = "Also train on the development split (for a model nothing is measured with).")
        boolean all;

        @Option(names = "--leave-out-tune", description = "Also leave out the tuning part of the training split, for a "
                + "model to tune combinations with (kg eval --split tune).")
        boolean leaveOutTune;

        @Option(names = "--iterations", paramLabel = "N", defaultValue = "150", description = "Training iterations (default: ${DEFAULT-VALUE}).")
        int iterations;

        @Option(names = "--cutoff", paramLabel = "N", defaultValue = "2", description = "Drop features seen fewer times (default: ${DEFAULT-VALUE}).")
        int cutoff;

        @Option(names = "--algorithm", paramLabel = "NAME", defaultValue = "MAXENT", description = "MAXENT or PERCEPTRON (default: ${DEFAULT-VALUE}).")
        String algorithm;

        @Option(names = "--kb", paramLabel = "FILE", description = "Knowledge-base files whose names, with the bundled "
                + "knowledge base's, become the model's gazetteers (kg kb import makes them from Wikidata dumps).")
        List<Path> kbFiles = new java.util.ArrayList<>();

        @Option(names = "--text", paramLabel = "DIR", arity = "1..*", description = "Directories of plain-text articles "
                + "(.txt) to learn word classes from, beside the training tokens. Articles of the development split are "
                + "left out: by name, or by the split of the corpus when a gold/ folder beside the texts states one.")
        List<Path> text = List.of();

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            List<Path> inputs = new java.util.ArrayList<>(positional);
            inputs.addAll(data);
            if (inputs.isEmpty()) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "no training data: give --data DIR");
            java.util.function.Predicate<Split> keep = s -> all || s == Split.TRAIN || (s == Split.TUNE && !leaveOutTune);
            // a file's split is the one its corpus states (gold/NAME.json beside bio/NAME.tsv), else its name's
            List<Path> files = BioCorpus.files(inputs, p -> {
                try {
                    return keep.test(Split.ofFile(p));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(p + ": " + e.getMessage(), e);
                }
            });
            long t0 = System.nanoTime();
            UnlabelledText unlabelled = UnlabelledText.read(text, keep);
            var r = new NameFinderTrainer(iterations, cutoff, algorithm.toUpperCase(java.util.Locale.ROOT))
                    .train(files, KnowledgeBase.bundledWith(kbFiles), unlabelled.sentences());
            NameFinderTrainer.write(r.model(), output);
            out.printf("trained on %d documents, %d sentences, %d names, word classes also from %d texts (%s); %.0f s; model written to %s%n",
                    r.documents(), r.sentences(), r.names(), unlabelled.articles(), all ? "all splits" : leaveOutTune ? "development and tuning parts left out" : "development split left out",
                    (System.nanoTime() - t0) / 1e9, output);
            out.flush();
            return 0;
        }
    }

    @Command(name = "names", mixinStandardHelpOptions = true,
            description = "Learns which given names news writing uses for one gender from plain-text articles: each person "
                    + "an article names in full votes, with the gender the article shows (honorifics, gendered roles, the "
                    + "pronouns that refer back), for the first word of the name. Articles of the development split are left out.")
    static final class Names implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--text", paramLabel = "DIR", arity = "1..*", required = true,
                description = "Directories of plain-text articles (.txt); the development split is left out, by name or by the split a gold/ folder beside the texts states.")
        List<Path> text = List.of();

        @Option(names = "--output", paramLabel = "FILE", required = true, description = "Where to write the list (name<TAB>M|F).")
        Path output;

        @Option(names = "--min-votes", paramLabel = "N", defaultValue = "2", description = "Articles that must vote for a name (default: ${DEFAULT-VALUE}).")
        int minVotes;

        @Option(names = "--agreement", paramLabel = "SHARE", defaultValue = "0.9", description = "Share of the votes that must agree (default: ${DEFAULT-VALUE}).")
        double agreement;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            long t0 = System.nanoTime();
            org.newsgraph.Pipeline pipeline = org.newsgraph.Pipeline.builder().build();
            org.newsgraph.coref.FirstNameLearner learner = new org.newsgraph.coref.FirstNameLearner();
            org.newsgraph.ingest.Inputs in = new org.newsgraph.ingest.Inputs();
            int articles = 0;
            for (Path f : UnlabelledText.files(text, s -> s != Split.DEV)) {
                List<org.newsgraph.ingest.Article> read = new java.util.ArrayList<>();
                in.read(f.getFileName().toString(), java.nio.file.Files.readAllBytes(f), read::add, p -> { });
                for (org.newsgraph.ingest.Article a : read) {
                    var d = pipeline.discourse(a, org.newsgraph.coref.FirstNames.none());
                    learner.add(d.getKey(), d.getValue());
                    articles++;
                }
            }
            var genders = learner.genders(minVotes, agreement);
            org.newsgraph.coref.FirstNameLearner.write(genders, "from " + articles + " articles (development splits left out), "
                    + learner.persons() + " persons with a gender shown; at least " + minVotes + " votes, " + agreement + " agreeing", output);
            out.printf("%d given names (%d articles, %d persons with a gender shown); %.0f s; written to %s%n",
                    genders.size(), articles, learner.persons(), (System.nanoTime() - t0) / 1e9, output);
            out.flush();
            return 0;
        }
    }

    @Command(name = "confidence", mixinStandardHelpOptions = true,
            description = "Calibrates the confidence of quote attribution: extracts the training articles of annotated "
                    + "quote corpora (each CORPUS a folder with texts/ and gold/, as corpora/quotes/polnear and ggt are) "
                    + "and writes, per method that decided a report, the share of right speakers. The development split is left out.")
    static final class Confidence implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "CORPUS", arity = "1..*", description = "Folders holding texts/ and gold/.")
        List<Path> corpora;

        @Option(names = "--output", paramLabel = "FILE", required = true, description = "Where to write the table (method<TAB>confidence<TAB>decisions).")
        Path output;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            long t0 = System.nanoTime();
            org.newsgraph.Pipeline pipeline = org.newsgraph.Pipeline.builder().calibration(org.newsgraph.quotes.Calibration.none()).ranker(null).build();
            org.newsgraph.eval.Scorer scorer = new org.newsgraph.eval.Scorer();
            int articles = org.newsgraph.eval.QuoteCorpora.read(corpora, Split.TRAIN, (g, a) -> scorer.add(g, pipeline.process(a)));
            java.util.Map<String, int[]> counts = new java.util.TreeMap<>();
            scorer.speakerBySieve().forEach((m, c) -> counts.put(m, new int[] {c.truePositives, c.predicted}));
            var table = org.newsgraph.quotes.Calibration.fit(counts);
            org.newsgraph.quotes.Calibration.write(table, "kg train confidence on the training splits of " + corpora.stream()
                    .map(p -> p.getFileName().toString()).toList() + ", " + articles + " articles", output);
            out.printf("%d methods calibrated from %d articles; %.0f s; written to %s%n", table.size(), articles,
                    (System.nanoTime() - t0) / 1e9, output);
            out.flush();
            return 0;
        }
    }

    @Command(name = "speakers", mixinStandardHelpOptions = true,
            description = "Learns to rank the candidate speakers of a quote: extracts the training articles of annotated quote "
                    + "corpora (each CORPUS a folder with texts/ and gold/, as corpora/quotes/polnear and ggt are), lists each "
                    + "quote's candidates as the attribution sieves and the neighbouring quotes propose them, and fits a "
                    + "logistic-regression model of which one spoke. The development split is left out.")
    static final class Speakers implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "CORPUS", arity = "1..*", description = "Folders holding texts/ and gold/.")
        List<Path> corpora;

        @Option(names = "--output", paramLabel = "FILE", required = true, description = "Where to write the model (gzipped).")
        Path output;

        @Option(names = "--cutoff", defaultValue = "3", description = "Features seen fewer times are left out (default: ${DEFAULT-VALUE}).")
        int cutoff;

        @Option(names = "--l2", defaultValue = "1.0", description = "The L2 penalty of the regression (default: ${DEFAULT-VALUE}).")
        double l2;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            long t0 = System.nanoTime();
            org.newsgraph.eval.SpeakerExamples examples = new org.newsgraph.eval.SpeakerExamples();
            examples.add(org.newsgraph.Pipeline.builder().ranker(null).build(), corpora, Split.TRAIN);
            if (examples.events().isEmpty()) throw new IOException("no annotated quotes in the training splits of " + corpora);
            var ranker = org.newsgraph.quotes.MaxentSpeakerRanker.train(examples.events(), cutoff, l2);
            ranker.write(output);
            out.printf("%d candidates of %d quotes (%d with a right candidate) from %d articles; %.0f s; written to %s%n",
                    examples.events().size(), examples.quotes(), examples.withRightCandidate(), examples.articles(),
                    (System.nanoTime() - t0) / 1e9, output);
            out.flush();
            return 0;
        }
    }
}
