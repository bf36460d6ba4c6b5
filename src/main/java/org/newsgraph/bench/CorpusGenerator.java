package org.newsgraph.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.newsgraph.model.EntityType;
import org.newsgraph.link.KbEntity;
import org.newsgraph.link.KnowledgeBase;

/**
 * A deterministic synthetic news corpus with the structures real news has: headline, date line, dateline,
 * titled names, quotes attributed before and after, split quotes, pronouns, block quotes with a speaker
 * line, unnamed sources, and a related-articles list at the end. Names come from the knowledge base, so
 * linking has work to do. The same seed gives the same corpus.
 */
public final class CorpusGenerator {
    private static final String[] ROLES = {"Prime Minister", "Foreign Minister", "Defense Minister", "Senator", "Finance Minister",
            "Trade Minister", "Chief Cabinet Secretary", "Representative"};
    private static final String[] TOPICS = {"tariffs", "the alliance", "energy prices", "the budget", "border security",
            "the trade deal", "interest rates", "the election", "climate policy", "defense spending"};
    private static final String[] VERBS = {"said", "told reporters", "added", "stressed", "argued", "warned"};
    /** Changes whenever the articles it writes change, so that corpora kept from earlier runs are not reused. */
    public static final int VERSION = 2;

    private static final String[] FILLER = {
            "Officials met for several hours on the matter, according to people familiar with the talks.",
            "The issue has divided lawmakers for months and is expected to dominate the coming session.",
            "Analysts said markets were watching the negotiations closely after a volatile week.",
            "The government has promised to publish a detailed plan before the end of the year.",
            "Opposition parties criticised the proposal, saying it would burden households and small firms.",
            "Talks are scheduled to resume next week, with both sides signalling room for compromise.",
            "The ministry declined to give further details, citing the sensitivity of the discussions.",
            "Economists warned that the measures could slow growth if they were introduced too quickly."};

    private final List<KbEntity> people = new ArrayList<>();
    private final List<KbEntity> places = new ArrayList<>();
    private final List<KbEntity> orgs = new ArrayList<>();
    private final long seed;

    public CorpusGenerator(KnowledgeBase kb, long seed) {
        this.seed = seed;
        for (KbEntity e : kb.entities()) {
            boolean simpleName = e.label().matches("[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}");
            if (e.type() == EntityType.PERSON && simpleName) people.add(e);
            if (e.type() == EntityType.PLACE && e.label().matches("[A-Z][a-z]+")) places.add(e);
            if (e.type() == EntityType.ORGANIZATION && e.label().matches("[A-Z][A-Za-z ]+") && e.label().length() < 40) orgs.add(e);
        }
    }

    /** Writes {@code n} articles as text files into {@code dir}; returns the number of words written. */
    public long write(Path dir, int n) throws IOException {
        Files.createDirectories(dir);
        long words = 0;
        for (int i = 0; i < n; i++) {
            String a = article(i);
            words += a.split("\\s+").length;
            try (Writer w = Files.newBufferedWriter(dir.resolve(String.format("article-%07d.txt", i)), StandardCharsets.UTF_8)) {
                w.write(a);
            }
        }
        return words;
    }

    /** Article number {@code i}: about 600 words. */
    public String article(int i) {
        Random r = new Random(seed * 1_000_003L + i);
        KbEntity p1 = pick(people, r);
        KbEntity p2 = pick(people, r);
        KbEntity place = pick(places, r);
        KbEntity org = pick(orgs, r);
        String topic = TOPICS[r.nextInt(TOPICS.length)];
        String role1 = ROLES[r.nextInt(ROLES.length)];
        String role2 = ROLES[r.nextInt(ROLES.length)];
        LocalDate date = LocalDate.of(2024, 1, 1).plusDays(r.nextInt(700));
        String surname1 = last(p1.label());
        String surname2 = last(p2.label());
        StringBuilder b = new StringBuilder();
        b.append(surname1).append(" Pushes Back on ").append(cap(topic)).append(" as ").append(place.label()).append(" Talks Stall\n\n");
        b.append(date.format(DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH))).append('\n');
        b.append(place.label().toUpperCase(Locale.ROOT)).append(" — ").append(role1).append(' ').append(p1.label())
                .append(" on ").append(date.getDayOfWeek().minus(1).getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH))
                .append(" criticised the latest proposal on ").append(topic).append(", raising doubts about a deal with the ")
                .append(org.label()).append(".\n");
        for (int k = 0; k < 2; k++) b.append(FILLER[r.nextInt(FILLER.length)]).append(' ');
        b.append('\n');
        b.append('\u201C').append("We cannot accept an agreement on ").append(topic).append(" that leaves our workers behind")
                .append(",\u201D ").append(surname1).append(' ').append(VERBS[r.nextInt(VERBS.length)]).append(". \u201C")
                .append("Nobody should expect us to sign something we have not read.\u201D\n");
        for (int k = 0; k < 3; k++) b.append(FILLER[r.nextInt(FILLER.length)]).append(' ');
        b.append('\n');
        b.append(role2).append(' ').append(p2.label()).append(" said, \u201CThe door to compromise on ").append(topic)
                .append(" remains open, and we will keep talking.\u201D\n");
        b.append(surname2).append(" later met officials from ").append(place.label()).append(". \u201CIt was a useful meeting,\u201D he said.\n");
        for (int k = 0; k < 4; k++) b.append(FILLER[r.nextInt(FILLER.length)]).append(' ');
        b.append('\n');
        b.append("\u201CThere is still a gap between the two sides,\u201D said a senior official involved in the talks.\n");
        b.append(surname1).append(" said on Monday that the talks would continue.\n");
        b.append("We will not be rushed, and we will not walk away from the table either.\n");
        for (int p = 0; p < 4; p++) {
            for (int k = 0; k < 6; k++) b.append(FILLER[r.nextInt(FILLER.length)]).append(' ');
            b.append('\n');
        }
        b.append("POPULAR ARTICLES\n-\n").append(pick(people, r).label()).append(" Visits ").append(pick(places, r).label()).append('\n');
        return b.toString();
    }

    private static <T> T pick(List<T> l, Random r) {
        return l.get(r.nextInt(l.size()));
    }

    private static String last(String name) {
        return name.substring(name.lastIndexOf(' ') + 1);
    }

    private static String cap(String s) {
        String t = s.startsWith("the ") ? s.substring(4) : s;
        return Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }
}
