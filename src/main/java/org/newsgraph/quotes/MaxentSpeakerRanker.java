package org.newsgraph.quotes;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Scores candidate speakers with a logistic-regression model (OpenNLP's maximum-entropy trainer, L-BFGS with an
 * L2 penalty) over the candidates' features, each candidate an event whose outcome is whether it spoke. The
 * shipped model ({@value #SHIPPED}, see {@code quotes/MODEL.md}) is learnt by {@code kg train speakers}.
 */
public final class MaxentSpeakerRanker implements SpeakerRanker {
    public static final String SHIPPED = "/quotes/speaker-ranker.bin.gz";
    static final String SPOKE = "spoke";
    static final String NOT = "not";

    private final MaxentModel model;
    private final int spoke;

    public MaxentSpeakerRanker(MaxentModel model) {
        this.model = model;
        this.spoke = model.getIndex(SPOKE);
        if (spoke < 0) throw new IllegalArgumentException("not a speaker-ranking model: it has no outcome '" + SPOKE + "'");
    }

    private static final MaxentSpeakerRanker LOADED = load();

    /** The shipped model, read once; null when the class path holds none. */
    public static MaxentSpeakerRanker shipped() {
        return LOADED;
    }

    private static MaxentSpeakerRanker load() {
        try (InputStream in = MaxentSpeakerRanker.class.getResourceAsStream(SHIPPED)) {
            return in == null ? null : read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("the speaker-ranking model " + SHIPPED + ": " + e.getMessage(), e);
        }
    }

    /** A model file written by {@link #write(Path)}. */
    public static MaxentSpeakerRanker file(Path f) {
        if (!Files.isRegularFile(f)) throw new UncheckedIOException(f + ": no such file", new java.io.FileNotFoundException(f.toString()));
        try (InputStream in = Files.newInputStream(f)) {
            return read(in);
        } catch (IOException | RuntimeException e) {
            throw new UncheckedIOException(f + ": not a speaker-ranking model (" + e.getMessage() + ")",
                    e instanceof IOException io ? io : new IOException(e));
        }
    }

    private static MaxentSpeakerRanker read(InputStream in) throws IOException {
        AbstractModel m = new GenericModelReader(new BinaryFileDataReader(new DataInputStream(new GZIPInputStream(in)))).getModel();
        return new MaxentSpeakerRanker(m);
    }

    @Override
    public double[] probabilities(List<SpeakerCandidate> candidates) {
        double[] out = new double[candidates.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = model.eval(candidates.get(k).features().toArray(String[]::new))[spoke];
        }
        return out;
    }

    /** One training event: a candidate's features and whether it spoke. */
    public static Event event(SpeakerCandidate c, boolean spoke) {
        return new Event(spoke ? SPOKE : NOT, c.features().toArray(String[]::new));
    }

    /** Learns a ranker from events; features seen fewer than {@code cutoff} times are left out. */
    public static MaxentSpeakerRanker train(List<Event> events, int cutoff, double l2) throws IOException {
        TrainingParameters p = TrainingParameters.defaultParams();
        p.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT_QN");
        p.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        p.put(TrainingParameters.ITERATIONS_PARAM, 300);
        p.put("L2Cost", l2);
        p.put("L1Cost", 0.0);
        p.put(TrainingParameters.THREADS_PARAM, 1);
        EventTrainer t = TrainerFactory.getEventTrainer(p, new java.util.HashMap<>());
        return new MaxentSpeakerRanker(t.train(ObjectStreamUtils.createObjectStream(events)));
    }

    /** Writes the model, gzipped, in the form {@link #file(Path)} and the shipped resource are read. */
    public void write(Path f) throws IOException {
        try (OutputStream o = Files.newOutputStream(f); DataOutputStream d = new DataOutputStream(new GZIPOutputStream(o))) {
            new GenericModelWriter((AbstractModel) model, d).persist();
        }
    }
}
