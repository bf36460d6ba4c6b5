package org.newsgraph.extract;

import org.newsgraph.nlp.WordLists;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Names;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityKey;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Role;
import org.newsgraph.model.Candidate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.Block;
import org.newsgraph.link.KbEntity;
import org.newsgraph.link.KnowledgeBase;

/**
 * Groups an article's mentions into entities: a surname with the full name it was introduced by, an
 * acronym with the name it abbreviates, "the treaty" with the treaty last named, and gives each entity the
 * canonical key that is the same in every article.
 */
final class EntityResolver {
    private static final Pattern TREATY_ANAPHOR = Pattern.compile("\\b[Tt]he (treaty|pact|accord|security agreement|agreement)\\b");
    private static final Set<String> TOPIC_WORDS = WordLists.load("treaty-topics");
    private static final Set<String> TREATY_STOP = WordLists.load("treaty-stop-words");

    private final KnowledgeBase kb;

    EntityResolver(KnowledgeBase kb) {
        this.kb = kb;
    }

    private static final Set<String> SUFFIXES = WordLists.load("name-suffixes");

    private static final class Group {
        final EntityType type;
        final List<Candidate> members = new ArrayList<>();
        final Set<String> tokens = new LinkedHashSet<>();
        /** The last word of each member with two words or more: where a surname stands. */
        final Set<String> surnames = new LinkedHashSet<>();
        String key;

        Group(EntityType type) {
            this.type = type;
        }

        void add(Candidate c) {
            members.add(c);
            String[] ws = c.text().split("\\s+");
            for (String t : ws) tokens.add(Names.key(t));
            int last = ws.length - 1;
            while (last > 0 && SUFFIXES.contains(ws[last])) last--;
            if (last > 0) surnames.add(Names.key(ws[last]));
        }

        int lastStart() {
            return members.get(members.size() - 1).mention().start();
        }
    }

    List<Entity> resolve(Article article, List<Candidate> candidates) {
        candidates = candidates.stream().map(c -> speaksAsPerson(article.text(), c) || transcriptSpeaker(article, c) ? c.withType(EntityType.PERSON) : c).toList();
        Set<String> personWords = new java.util.HashSet<>();
        for (Candidate c : candidates) if (c.type() == EntityType.PERSON && !c.text().contains(" ")) personWords.add(Names.key(c.text()));
        candidates = candidates.stream().map(c -> surnameSpeaksForPerson(c, personWords) ? c.withType(EntityType.PERSON) : c).toList();
        List<Group> groups = new ArrayList<>();
        Map<String, Group> byKey = new LinkedHashMap<>();
        Map<String, Integer> surnameFrom = personSurnames(candidates);
        // full names first, so that surnames find them wherever they stand
        for (Candidate c : candidates) {
            if (c.byCoreference() || surnameTakenForOrganisation(c, surnameFrom)) continue;
            if (c.type() == EntityType.PERSON && c.text().split("\\s+").length == 1) continue;
            String k = groupKey(c);
            Group g = byKey.get(k);
            if (g == null) {
                g = findAbbreviated(groups, c);
            }
            if (g == null) {
                g = findByTail(groups, c);
            }
            if (g == null) {
                g = new Group(c.type());
                g.key = k;
                groups.add(g);
                byKey.put(k, g);
            }
            g.add(c);
        }
        for (Candidate c : candidates) {
            if (surnameTakenForOrganisation(c, surnameFrom)) {
                c = c.withType(EntityType.PERSON);
            } else if (!(c.byCoreference() || (c.type() == EntityType.PERSON && c.text().split("\\s+").length == 1))) {
                continue;
            }
            String tok = Names.key(c.text());
            Group best = null;
            for (Group g : groups) {
                if (g.type != EntityType.PERSON || !g.tokens.contains(tok)) continue;
                // "Trump" is Donald Trump, whose surname it is, before a "Trump Plaza" the model took for a person
                boolean surname = g.surnames.contains(tok);
                boolean bestSurname = best != null && best.surnames.contains(tok);
                if (best == null || (surname && !bestSurname) || (surname == bestSurname && distance(g, c) < distance(best, c))) best = g;
            }
            if (best == null) {
                String k = groupKey(c);
                best = byKey.get(k);
                if (best == null) {
                    best = new Group(c.type());
                    best.key = k;
                    groups.add(best);
                    byKey.put(k, best);
                }
            }
            best.add(c);
        }
        addTreatyAnaphora(article, groups);
        List<Entity> out = new ArrayList<>();
        for (Group g : groups) out.add(toEntity(g));
        return out;
    }

    /** A speech verb and a gendered pronoun after a name, an apposition between allowed: "X, marketing executive at Y, said he …". */
    private static final Pattern SAID_HE = Pattern.compile(
            "^(?:,[^,.;:\"\u201C\u201D]{1,90},)?\\s+(?:said|says|told|tells|added|explained|recalled)\\s+(?:reporters\\s+)?(?:that\\s+)?(?:he|she)\\b");

    /**
     * A name taken for an organisation that speaks of itself as "he" or "she" ("Orrin Vasquez, a deckhand with the
     * ferry company, said he saw the smoke"): a person. Names with an organisation's head word
     * ("Ministry", "Bank") stay organisations.
     */
    private static boolean speaksAsPerson(String text, Candidate c) {
        if (c.type() != EntityType.ORGANIZATION || c.byCoreference()) return false;
        String[] ws = c.text().split("\\s+");
        if (ws.length < 2 || ws.length > 4) return false;
        for (String w : ws) {
            if (!Character.isUpperCase(w.charAt(0)) || org.newsgraph.nlp.Lexicons.ORG_HEADS.contains(w)
                    || org.newsgraph.nlp.Lexicons.ORG_HEADS.contains(w.toLowerCase(Locale.ROOT))) return false;
        }
        int e = c.mention().end();
        return SAID_HE.matcher(text.substring(e, Math.min(text.length(), e + 140))).find();
    }

    /** A speaker's label in a transcript: a line opening with a name in capitals and a colon ("WALLACE: …"). */
    private static final Pattern LABEL_LINE = Pattern.compile("(?m)^[\"“]?([\\p{Lu}][\\p{Lu}.'’\\- ]{1,30}):");

    /**
     * A name in capitals taken for an organisation that labels two lines or more of a transcript ("WALLACE: …",
     * "PENCE: …"): a person, who speaks them.
     */
    private static boolean transcriptSpeaker(Article article, Candidate c) {
        if (c.type() != EntityType.ORGANIZATION || c.byCoreference()) return false;
        String text = article.text();
        int e = c.mention().end();
        if (e >= text.length() || text.charAt(e) != ':' || !c.text().equals(c.text().toUpperCase(Locale.ROOT))) return false;
        int labels = 0;
        java.util.regex.Matcher m = LABEL_LINE.matcher(text);
        while (m.find() && labels < 2) if (m.group(1).strip().equals(c.text())) labels++;
        return labels >= 2;
    }

    /**
     * A name of two or three words taken for an organisation whose last word the article uses alone for a person
     * ("Kevin Haley, of the security firm, … Haley said"): the person's full name, as news writing goes on to call a
     * person by the surname and an organisation never by the last word of its name. Names with an organisation's
     * head word ("Haley Bank") stay organisations.
     */
    private static boolean surnameSpeaksForPerson(Candidate c, Set<String> personWords) {
        if (c.type() != EntityType.ORGANIZATION || c.byCoreference()) return false;
        String[] ws = c.text().split("\\s+");
        if (ws.length < 2 || ws.length > 3 || !personWords.contains(Names.key(ws[ws.length - 1]))) return false;
        for (String w : ws) {
            if (!Character.isUpperCase(w.charAt(0)) || !w.chars().anyMatch(Character::isLowerCase)
                    || org.newsgraph.nlp.Lexicons.ORG_HEADS.contains(w) || org.newsgraph.nlp.Lexicons.ORG_HEADS.contains(w.toLowerCase(Locale.ROOT))) return false;
        }
        return true;
    }

    /** Where each surname of a person named in full (two words or more) is first written. */
    private static Map<String, Integer> personSurnames(List<Candidate> candidates) {
        Map<String, Integer> out = new java.util.HashMap<>();
        for (Candidate c : candidates) {
            if (c.type() != EntityType.PERSON || c.byCoreference()) continue;
            String[] ws = c.text().split("\\s+");
            int last = ws.length - 1;
            while (last > 0 && SUFFIXES.contains(ws[last])) last--;
            if (last > 0) out.merge(Names.key(ws[last]), c.mention().start(), Math::min);
        }
        return out;
    }

    /**
     * One word taken for an organisation that is the surname of a person the article named in full before it
     * ("the writer Ada Marlow … Marlow wrote"), and that the knowledge base knows as no organisation: the person, as
     * a surname keeps one sense in an article.
     */
    private boolean surnameTakenForOrganisation(Candidate c, Map<String, Integer> surnameFrom) {
        if (c.type() != EntityType.ORGANIZATION || c.byCoreference() || c.text().contains(" ")) return false;
        Integer from = surnameFrom.get(Names.key(c.text()));
        if (from == null || from >= c.mention().start()) return false;
        return kb.lookup(c.text()).stream().noneMatch(e -> e.type() == EntityType.ORGANIZATION);
    }

    /**
     * How a surname ranks a person it may belong to, lower first: a person named before it wins over one named
     * only after it, and of those named before, the one the article introduced first — when two people share a
     * surname, news writing gives the story's subject the bare surname and calls the other by a first name or in
     * full ("Dora Lindqvist … her husband Anton Lindqvist … Lindqvist says").
     */
    private static int distance(Group g, Candidate c) {
        int first = Integer.MAX_VALUE;
        int after = Integer.MAX_VALUE;
        for (Candidate m : g.members) {
            int d = c.mention().start() - m.mention().start();
            if (d >= 0) first = Math.min(first, m.mention().start());
            else after = Math.min(after, -d);
        }
        return first != Integer.MAX_VALUE ? first : 1_000_000 + after;
    }

    /**
     * A two-word surname ("Wasserman Schultz", "Eskelsen García") joins the full name it ends ("Debbie
     * Wasserman Schultz") when that name was written before it.
     */
    private static Group findByTail(List<Group> groups, Candidate c) {
        if (c.type() != EntityType.PERSON) return null;
        String tail = " " + Names.key(c.text());
        for (Group g : groups) {
            if (g.type != EntityType.PERSON) continue;
            for (Candidate m : g.members) {
                if (m.mention().start() < c.mention().start() && Names.key(m.text()).endsWith(tail)) return g;
            }
        }
        return null;
    }

    /** An acronym ("MSDF") joins the organisation whose initials it spells ("Maritime Self-Defense Force"). */
    private static Group findAbbreviated(List<Group> groups, Candidate c) {
        if (c.type() != EntityType.ORGANIZATION) return null;
        String t = c.text().replace(".", "");
        for (Group g : groups) {
            if (g.type != EntityType.ORGANIZATION) continue;
            for (Candidate m : g.members) {
                if (initials(m.text()).equals(t) || initials(t).equals(m.text().replace(".", ""))) return g;
            }
        }
        return null;
    }

    static String initials(String name) {
        StringBuilder sb = new StringBuilder();
        for (String w : name.split("[\\s-]+")) {
            if (w.isEmpty() || Set.of("of", "the", "and", "for", "on").contains(w)) continue;
            if (Character.isUpperCase(w.charAt(0))) sb.append(w.charAt(0));
        }
        return sb.toString();
    }

    private String groupKey(Candidate c) {
        if (c.type() == EntityType.TREATY) return treatyKey(c.text());
        String name = c.text();
        List<KbEntity> hits = kb.lookup(name);
        if (!hits.isEmpty() && hits.get(0).type() == c.type() && c.type() != EntityType.PERSON) {
            return EntityKey.wikidata(c.type(), hits.get(0).qid()).toString();
        }
        return EntityKey.named(c.type(), name).toString();
    }

    /** Treaties are the same when they bind the same countries on the same topic, however each outlet names them. */
    String treatyKey(String name) {
        Set<String> parties = new TreeSet<>();
        List<String> topics = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        for (String w : name.split("[\\s]+")) {
            String bare = Names.stripPossessive(w).replaceAll("[,;:]$", "");
            boolean placeWord = false;
            for (String part : bare.split("-")) {
                List<KbEntity> hits = kb.lookup(part);
                if (!hits.isEmpty() && hits.get(0).type() == EntityType.PLACE) {
                    parties.add(hits.get(0).qid());
                    placeWord = true;
                }
            }
            if (placeWord) continue;
            String k = Names.key(bare);
            if (TREATY_STOP.contains(k) || k.isEmpty()) continue;
            if (TOPIC_WORDS.contains(k)) topics.add(k);
            rest.add(k);
        }
        String topic = topics.isEmpty() ? String.join(" ", rest) : topics.stream().filter(t -> !t.equals("cooperation")).findFirst().orElse(topics.get(0));
        if (parties.isEmpty()) return EntityKey.named(EntityType.TREATY, name).toString();
        return EntityKey.treaty(List.copyOf(parties), topic).toString();
    }

    /** "the treaty" after a treaty has been named refers to that treaty. */
    private static void addTreatyAnaphora(Article article, List<Group> groups) {
        List<Group> treaties = groups.stream().filter(g -> g.type == EntityType.TREATY).toList();
        if (treaties.isEmpty()) return;
        String text = article.text();
        for (Block b : article.content()) {
            Matcher m = TREATY_ANAPHOR.matcher(text).region(b.start(), b.end());
            while (m.find()) {
                int at = m.start();
                Group best = null;
                int bestStart = -1;
                for (Group g : treaties) {
                    for (Candidate c : g.members) {
                        int s = c.mention().start();
                        if (s < at && s > bestStart && !c.byCoreference()) {
                            best = g;
                            bestStart = s;
                        }
                    }
                }
                if (best == null) continue;
                String surface = m.group();
                best.members.add(new Candidate(new Mention(m.start(), m.end(), surface, EntityType.TREATY, "treaty-anaphor", 0.7), null, true));
            }
        }
        for (Group g : treaties) g.members.sort(Comparator.comparingInt(c -> c.mention().start()));
    }

    private Entity toEntity(Group g) {
        List<Candidate> named = g.members.stream().filter(c -> !c.mention().method().equals("treaty-anaphor")).toList();
        // canonical name: the fullest name the article uses
        String name = named.stream().map(Candidate::text)
                .max(Comparator.comparingInt((String s) -> s.split("\\s+").length).thenComparingInt(String::length))
                .orElse(g.members.get(0).text());
        LinkedHashSet<String> labels = new LinkedHashSet<>();
        labels.add(name);
        for (Candidate c : named) labels.add(c.text());
        LinkedHashSet<Role> roles = new LinkedHashSet<>();
        for (Candidate c : g.members) if (c.role() != null) roles.add(c.role());
        List<Mention> mentions = g.members.stream().map(Candidate::mention).sorted(Comparator.comparingInt(Mention::start)).toList();
        String key = g.type == EntityType.PERSON ? EntityKey.named(g.type, name).toString() : g.key;
        if (g.type == EntityType.TREATY) name = treatyName(g.key, name);
        return new Entity(key, g.type, name, new ArrayList<>(labels), new ArrayList<>(roles), mentions, null);
    }

    /**
     * A treaty's canonical name comes from its key, so every article that names it gives it the same name:
     * "Japan–United States Security Treaty".
     */
    private String treatyName(String key, String surface) {
        EntityKey k = EntityKey.parse(key);
        if (k.scheme() == EntityKey.Scheme.TREATY) {
            List<String> parties = new ArrayList<>();
            for (String q : k.treatyParties()) kb.get(q).ifPresent(e -> parties.add(shortName(e)));
            parties.sort(null);
            String t = k.treatyTopic();
            String topic = t.isEmpty() ? "" : Character.toUpperCase(t.charAt(0)) + t.substring(1) + " ";
            return String.join("\u2013", parties) + " " + topic + "Treaty";
        }
        String n = surface.replaceFirst("^(?i)the\\s+", "");
        return n.substring(0, 1).toUpperCase(Locale.ROOT) + n.substring(1);
    }

    /** "United States" for "United States of America": the shortest alias that starts the label. */
    static String shortName(KbEntity e) {
        String best = e.label();
        for (String a : e.aliases()) {
            if (a.length() > 3 && !a.contains(".") && e.label().startsWith(a + " ") && a.length() < best.length()) best = a;
        }
        return best;
    }
}
