package org.newsgraph.extract;

import org.newsgraph.nlp.WordLists;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Names;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Role;
import org.newsgraph.model.Candidate;
import static org.newsgraph.nlp.Lexicons.HONORIFICS;
import static org.newsgraph.nlp.Lexicons.NATIONALITY;
import static org.newsgraph.nlp.Lexicons.NEVER_NAMES;
import static org.newsgraph.nlp.Lexicons.NON_ENTITY_ACRONYMS;
import static org.newsgraph.nlp.Lexicons.ORG_HEADS;
import static org.newsgraph.nlp.Lexicons.OTHER_HEADS;
import static org.newsgraph.nlp.Lexicons.PLACE_HEADS;
import static org.newsgraph.nlp.Lexicons.PLACE_NOUNS;
import static org.newsgraph.nlp.Lexicons.ROLE_HEADS;
import static org.newsgraph.nlp.Lexicons.ROLE_WORDS;
import static org.newsgraph.nlp.Lexicons.SPEECH_VERBS;
import static org.newsgraph.nlp.Lexicons.TREATY_HEADS;
import static org.newsgraph.nlp.Lexicons.TREATY_NOUNS;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.ingest.Block;
import org.newsgraph.link.KbEntity;
import org.newsgraph.link.KnowledgeBase;
import org.newsgraph.nlp.AnalyzedText;
import org.newsgraph.nlp.Sentence;

/**
 * Finds the persons, organisations, places and treaties an article names, with rules that hold for news
 * writing: capitalised name phrases, titles written before names, the head nouns of organisation, place and
 * treaty names, the names and aliases of the knowledge base, and the surnames of people the article has
 * already named in full. Headlines and headings, where every word is capitalised, only yield names known
 * from the knowledge base or from the article's body.
 */
public final class RuleMentionFinder implements MentionFinder {
    private static final Set<String> NAME_PARTICLES = WordLists.load("name-particles");
    private static final Set<String> CONNECTORS = union(NAME_PARTICLES, Set.of("of", "for", "and", "the", "on"));
    private static final Set<String> CONNECTOR_HEADS = union(ORG_HEADS, TREATY_HEADS, ROLE_HEADS, PLACE_HEADS,
            Set.of("House", "Secretary", "Minister", "Bank", "Republic", "Kingdom", "Ministry", "Department", "Union",
                    "Treaty", "University", "Organization", "Organisation", "Court", "Council", "Office", "Board",
                    "Commission", "Committee", "State", "States", "Federation", "Association"));
    private static final Set<String> OCEAN_WORDS = WordLists.load("ocean-words");
    private static final Set<String> FORMER_WORDS = WordLists.load("former-words");

    private final KnowledgeBase kb;
    private final MentionRules rules;

    public RuleMentionFinder(KnowledgeBase kb) {
        this(kb, MentionRules.standard());
    }

    public RuleMentionFinder(KnowledgeBase kb, MentionRules rules) {
        this.kb = kb;
        this.rules = rules;
    }

    /** The mentions in the article, without overlaps, in text order. */
    @Override
    public List<Candidate> find(AnalyzedText at) {
        String text = at.article().text();
        List<Candidate> found = new ArrayList<>();
        List<Word> pending = new ArrayList<>(); // single words decided once full names are known
        List<List<Word>> headlineChunks = new ArrayList<>();
        for (Sentence s : at.sentences()) {
            List<Word> words = Word.of(s, text);
            boolean headlineStyle = s.block().kind() == Block.Kind.TITLE || s.block().kind() == Block.Kind.LISTED
                    || (s.block().kind() == Block.Kind.HEADING && !(words.size() <= 4 && isPersonName(words)));
            findLowercaseTreaties(words, text, found);
            findPlacesBeforePlaceNouns(words, text, found, pending);
            for (List<Word> chunk : chunks(words)) {
                if (headlineStyle) {
                    headlineChunks.add(chunk);
                } else {
                    classify(chunk, words, text, found, pending);
                }
            }
        }
        Set<String> personTokens = new HashSet<>();
        Map<String, EntityType> knownNames = new HashMap<>();
        for (Candidate c : found) {
            if (c.type() == EntityType.PERSON) {
                for (String t : c.text().split("\\s+")) if (t.length() > 1) personTokens.add(Names.key(t));
            }
            if (c.text().contains(" ")) knownNames.putIfAbsent(Names.key(c.text()), c.type());
        }
        for (Word w : pending) {
            resolveSingle(w, text, personTokens, found);
        }
        for (List<Word> chunk : headlineChunks) {
            matchKnown(chunk, text, found, personTokens, knownNames);
        }
        return withoutOverlaps(found);
    }

    // ---------------------------------------------------------------- chunks

    /** Maximal runs of capitalised words, with connectors inside organisation, treaty and role names. */
    static List<List<Word>> chunks(List<Word> words) {
        List<List<Word>> out = new ArrayList<>();
        List<Word> cur = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            if (isNameWord(w)) {
                cur.add(w);
                if (w.breaksAfter()) {
                    out.add(cur);
                    cur = new ArrayList<>();
                }
                continue;
            }
            if (!cur.isEmpty() && NAME_PARTICLES.contains(w.text()) && !w.breaksAfter()) {
                // "Ursula von der Leyen": particles between two parts of a name
                int k = i;
                while (k < words.size() && NAME_PARTICLES.contains(words.get(k).text()) && !words.get(k).breaksAfter()) k++;
                if (k < words.size() && k - i <= 2 && isNameWord(words.get(k)) && !NEVER_NAMES.contains(words.get(k).text())
                        && isNameWord(cur.get(cur.size() - 1)) && !cur.get(cur.size() - 1).breaksAfter()) {
                    cur.addAll(words.subList(i, k));
                    i = k - 1;
                    continue;
                }
            }
            if (!cur.isEmpty() && CONNECTORS.contains(w.text()) && !NAME_PARTICLES.contains(w.text()) && !w.breaksAfter() && i + 1 < words.size()) {
                Word next = words.get(i + 1);
                boolean nextName = (isNameWord(next) && !NEVER_NAMES.contains(next.text()))
                        || (w.text().equals("of") && next.text().equals("the")
                        && i + 2 < words.size() && isNameWord(words.get(i + 2)));
                if (nextName && connectorFits(w.text(), cur)) {
                    cur.add(w);
                    continue;
                }
            }
            if (!cur.isEmpty()) out.add(cur);
            cur = new ArrayList<>();
        }
        if (!cur.isEmpty()) out.add(cur);
        // a chunk never ends in a connector
        for (List<Word> c : out) {
            while (!c.isEmpty() && CONNECTORS.contains(c.get(c.size() - 1).text())) c.remove(c.size() - 1);
        }
        out.removeIf(List::isEmpty);
        return out;
    }

    private static boolean connectorFits(String conn, List<Word> cur) {
        Word prev = cur.get(cur.size() - 1);
        boolean hasOf = cur.stream().anyMatch(x -> x.text().equals("of") || x.text().equals("for"));
        return switch (conn) {
            case "of", "for", "on" -> CONNECTOR_HEADS.contains(prev.text()) || cur.stream().anyMatch(x -> CONNECTOR_HEADS.contains(x.text()));
            case "the" -> prev.text().equals("of");
            case "and" -> hasOf && cur.stream().anyMatch(x -> TREATY_HEADS.contains(x.text()) || ORG_HEADS.contains(x.text()));
            default -> false;
        };
    }

    static boolean isNameWord(Word w) {
        if (!w.capitalized()) return false;
        String t = w.text();
        return t.chars().anyMatch(Character::isLetter);
    }

    // ---------------------------------------------------------------- body chunks

    private void classify(List<Word> chunkIn, List<Word> sentence, String text, List<Candidate> found, List<Word> pending) {
        List<Word> chunk = new ArrayList<>(chunkIn);
        // leading words that never start a name ("The", "In", "While", "Speaking")
        while (!chunk.isEmpty() && dropFirst(chunk.get(0), chunk.size())) chunk.remove(0);
        while (!chunk.isEmpty() && CONNECTORS.contains(chunk.get(0).text())) chunk.remove(0);
        if (chunk.isEmpty()) return;

        // a title before a name: "U.S. President Donald Trump", "Defense Minister Gen Nakatani"
        int roleEnd = rolePrefix(chunk);
        if (roleEnd > 0) {
            List<Word> name = chunk.subList(roleEnd, chunk.size());
            if (!name.isEmpty() && isPersonName(name)) {
                organisationInTitle(chunk.subList(0, roleEnd), text, found);
                Role role = role(chunk.subList(0, roleEnd), sentence, text);
                Mention m = mention(name, text, EntityType.PERSON, "title-before-name", rules.confidence("title-before-name"));
                found.add(new Candidate(m, role, name.size() == 1));
                return;
            }
            // "President of the United States": a role phrase; what follows the connector may name something
            int conn = indexOfConnector(chunk, roleEnd);
            if (conn >= 0 && conn + 1 < chunk.size()) {
                classify(chunk.subList(conn + 1, chunk.size()), sentence, text, found, pending);
            }
            return;
        }
        if (chunk.size() == 1 && !chunk.get(0).acronym()) {
            Word w = chunk.get(0);
            if (!typedByHead(chunk, text, found)) pending.add(w);
            return;
        }
        if (typedByKb(chunk, sentence, text, found)) return;
        if (typedByHead(chunk, text, found)) return;
        Word last = chunk.get(chunk.size() - 1);
        if (OTHER_HEADS.contains(last.text())) return;
        if (chunk.size() == 1 && chunk.get(0).acronym()) {
            Word w = chunk.get(0);
            if (!NON_ENTITY_ACRONYMS.contains(w.text().replace(".", "").toUpperCase(Locale.ROOT))) {
                found.add(new Candidate(mention(chunk, text, EntityType.ORGANIZATION, "acronym", rules.confidence("acronym"))));
            }
            return;
        }
        if (isPersonName(chunk) && chunk.size() <= 4 && chunk.stream().allMatch(w -> w.pos().equals("PROPN") || !w.first())) {
            found.add(new Candidate(mention(chunk, text, EntityType.PERSON, "name-shape", rules.confidence("name-shape")), appositiveRole(chunk, sentence, text), false));
            return;
        }
        // a longer phrase: look for known names inside it
        matchKnown(chunk, text, found, Set.of(), Map.of());
    }

    private static boolean dropFirst(Word w, int chunkSize) {
        if (NEVER_NAMES.contains(w.text())) return true;
        if (OTHER_HEADS.contains(w.text()) && chunkSize > 1 && w.first()) return true;
        return false;
    }

    /**
     * The number of leading words that form a title ending in a role head, or 0: "U.S. President",
     * "Chief Cabinet Secretary", and titles led by an organisation's name ("Central Bank Governor").
     */
    private int rolePrefix(List<Word> chunk) {
        int simple = simpleRolePrefix(chunk);
        if (simple > 0 && simple < chunk.size() && isPersonName(chunk.subList(simple, chunk.size()))) return simple;
        for (int h = chunk.size() - 2; h >= 1; h--) {
            Word w = chunk.get(h);
            if (ROLE_HEADS.contains(w.text()) && !w.possessive() && isPersonName(chunk.subList(h + 1, chunk.size()))
                    && chunk.subList(0, h).stream().noneMatch(Word::possessive)) {
                return h + 1;
            }
        }
        return simple;
    }

    private int simpleRolePrefix(List<Word> chunk) {
        int lastHead = -1;
        for (int i = 0; i < chunk.size(); i++) {
            Word w = chunk.get(i);
            String t = w.text();
            boolean qualifier = NATIONALITY.contains(t) || (i == 0 && isKnownPlace(t) && !w.possessive());
            boolean connector = (t.equals("of") || t.equals("the") || t.equals("for")) && lastHead >= 0;
            if (ROLE_HEADS.contains(t)) {
                lastHead = i;
            } else if (!(ROLE_WORDS.contains(t) || qualifier || connector)) {
                break;
            }
            if (w.possessive() && lastHead != i) return 0;
        }
        if (lastHead < 0 || lastHead == chunk.size() - 1) return lastHead < 0 ? 0 : lastHead + 1;
        return lastHead + 1;
    }

    /** "European Commission President", "Central Bank Governor": the organisation named in a title. */
    private void organisationInTitle(List<Word> title, String text, List<Candidate> found) {
        for (int h = title.size() - 1; h >= 1; h--) {
            if (ORG_HEADS.contains(title.get(h).text()) && !ROLE_WORDS.contains(title.get(h).text())) {
                int s = 0;
                while (s < h && (HONORIFICS.contains(title.get(s).text()) || NEVER_NAMES.contains(title.get(s).text()))) s++;
                if (h - s >= 1) found.add(new Candidate(mention(title.subList(s, h + 1), text, EntityType.ORGANIZATION, "organization-in-title", rules.confidence("organization-in-title"))));
                return;
            }
        }
    }

    private static int indexOfConnector(List<Word> chunk, int from) {
        for (int i = Math.max(0, from - 1); i < chunk.size(); i++) {
            if (chunk.get(i).text().equals("of")) {
                int j = i + 1;
                if (j < chunk.size() && chunk.get(j).text().equals("the")) j++;
                return j - 1;
            }
        }
        return -1;
    }

    private boolean isKnownPlace(String name) {
        return lookup(name).stream().anyMatch(e -> e.type() == EntityType.PLACE);
    }

    /**
     * Knowledge-base entities with this name. Short names must match in case ("US" but not "us" or "Us"),
     * except when written in capitals as datelines are ("WASHINGTON").
     */
    List<KbEntity> lookup(String name) {
        List<KbEntity> hits = kb.lookup(name);
        String bare = name.replace(".", "");
        if (hits.isEmpty() || bare.length() > 4) return hits;
        return hits.stream().filter(e -> e.label().replace(".", "").equals(bare)
                || e.aliases().stream().anyMatch(a -> a.replace(".", "").equals(bare))).toList();
    }

    private Role role(List<Word> title, List<Word> sentence, String text) {
        List<Word> t = new ArrayList<>(title);
        while (!t.isEmpty() && HONORIFICS.contains(t.get(0).text())) t.remove(0);
        if (t.isEmpty()) return null;
        String name = text.substring(t.get(0).start(), t.get(t.size() - 1).end());
        int idx = sentence.indexOf(title.get(0));
        boolean former = idx > 0 && FORMER_WORDS.contains(sentence.get(idx - 1).text().toLowerCase(Locale.ROOT));
        if (t.get(0).text().equalsIgnoreCase("Former")) {
            former = true;
            name = name.substring(t.get(0).text().length()).strip();
        }
        return name.isBlank() || t.stream().allMatch(w -> HONORIFICS.contains(w.text())) ? null : new Role(name, former);
    }

    /**
     * A role stated in apposition: after the name ("Elbridge Colby, the administration's nominee for ...,")
     * or before it ("Japan's top government spokesperson, Yoshimasa Hayashi").
     */
    private static Role appositiveRole(List<Word> name, List<Word> sentence, String text) {
        Role after = appositiveAfter(name, sentence, text);
        return after != null ? after : appositiveBefore(name, sentence, text);
    }

    private static Role appositiveBefore(List<Word> name, List<Word> sentence, String text) {
        int i = sentence.indexOf(name.get(0));
        if (i < 1 || !sentence.get(i - 1).trail().startsWith(",")) return null;
        Word head = sentence.get(i - 1);
        if (!ROLE_NOUNS.contains(head.text().toLowerCase(Locale.ROOT))) return null;
        int j = i - 1;
        while (j > 0 && i - j < 8) {
            Word prev = sentence.get(j - 1);
            if (!prev.trail().isEmpty() && !prev.possessive()) break;
            j--;
        }
        List<Word> phrase = new ArrayList<>(sentence.subList(j, i));
        if (phrase.stream().anyMatch(w -> SPEECH_VERBS.contains(w.text()))) return null;
        return statedRole(phrase, text);
    }

    private static Role appositiveAfter(List<Word> name, List<Word> sentence, String text) {
        Word last = name.get(name.size() - 1);
        if (!last.trail().startsWith(",")) return null;
        int i = sentence.indexOf(last) + 1;
        if (i >= sentence.size()) return null;
        String det = sentence.get(i).text().toLowerCase(Locale.ROOT);
        if (!det.equals("the") && !det.equals("a") && !det.equals("an")) return null;
        int j = i;
        while (j < sentence.size() && j - i < 14 && !sentence.get(j).trail().startsWith(",")) j++;
        if (j >= sentence.size() || j - i >= 14) return null;
        for (int k = i; k <= j; k++) {
            String lw = sentence.get(k).text().toLowerCase(Locale.ROOT);
            if (ROLE_NOUNS.contains(lw)) return statedRole(sentence.subList(i, j + 1), text);
        }
        return null;
    }

    /** A role phrase without its article; "former" or "then" in front marks a past role. */
    private static Role statedRole(List<Word> words, String text) {
        List<Word> p = new ArrayList<>(words);
        boolean former = false;
        while (!p.isEmpty()) {
            String w = p.get(0).text().toLowerCase(Locale.ROOT);
            if (Set.of("the", "a", "an").contains(w)) {
                p.remove(0);
            } else if (FORMER_WORDS.contains(w)) {
                former = true;
                p.remove(0);
            } else {
                break;
            }
        }
        if (p.isEmpty()) return null;
        return new Role(text.substring(p.get(0).start(), p.get(p.size() - 1).end()), former);
    }

    private static final Set<String> ROLE_NOUNS = WordLists.load("role-nouns");

    private static boolean isPersonName(List<Word> name) {
        if (name.isEmpty() || name.size() > 4) return false;
        for (int i = 0; i < name.size(); i++) {
            Word w = name.get(i);
            String t = w.text();
            if (NAME_PARTICLES.contains(t) && i > 0) continue;
            if (!w.capitalized() || NEVER_NAMES.contains(t) || ORG_HEADS.contains(t) || PLACE_HEADS.contains(t)
                    || TREATY_HEADS.contains(t) || OTHER_HEADS.contains(t) || ROLE_WORDS.contains(t)) {
                return false;
            }
            if (!t.matches("[\\p{Lu}][\\p{L}'’\\-]*|\\p{Lu}\\.")) return false;
            if (w.possessive() && i < name.size() - 1) return false;
        }
        return true;
    }

    private boolean typedByKb(List<Word> chunk, List<Word> sentence, String text, List<Candidate> found) {
        String surface = text.substring(chunk.get(0).start(), chunk.get(chunk.size() - 1).end());
        List<KbEntity> hits = lookup(surface);
        if (hits.isEmpty()) return false;
        EntityType t = hits.get(0).type();
        Role role = t == EntityType.PERSON ? appositiveRole(chunk, sentence, text) : null;
        // a knowledge-base name of three words or more is rarely a namesake of something else
        String rule = surface.split("\\s+").length >= 3 ? "kb-name-long" : "kb-name";
        found.add(new Candidate(mention(chunk, text, t, rule, rules.confidence(rule)), role, false));
        return true;
    }

    /** Organisation, place and treaty names by their head nouns; places by compounds of known places. */
    private boolean typedByHead(List<Word> chunk, String text, List<Candidate> found) {
        Word last = chunk.get(chunk.size() - 1);
        boolean hasTreaty = chunk.stream().anyMatch(w -> TREATY_HEADS.contains(w.text()));
        if (hasTreaty && !ORG_HEADS.contains(last.text())) {
            found.add(new Candidate(mention(chunk, text, EntityType.TREATY, "treaty-name", rules.confidence("treaty-name"))));
            return true;
        }
        if (ORG_HEADS.contains(last.text()) && chunk.size() > 1) {
            found.add(new Candidate(mention(chunk, text, EntityType.ORGANIZATION, "organization-head", rules.confidence("organization-head"))));
            return true;
        }
        if (PLACE_HEADS.contains(last.text()) && chunk.size() > 1) {
            found.add(new Candidate(mention(chunk, text, EntityType.PLACE, "place-head", rules.confidence("place-head"))));
            return true;
        }
        if (chunk.size() == 1 && last.text().contains("-")) {
            String[] parts = last.text().split("-");
            boolean allPlaces = parts.length > 1;
            boolean anyOcean = false;
            for (String p : parts) {
                anyOcean |= OCEAN_WORDS.contains(p);
                allPlaces &= isKnownPlace(p) || OCEAN_WORDS.contains(p);
            }
            if (allPlaces && anyOcean) {
                found.add(new Candidate(mention(chunk, text, EntityType.PLACE, "region-compound", rules.confidence("region-compound"))));
                return true;
            }
            if (allPlaces) {
                // "US-Japan relations": each part names a country
                int off = last.start();
                for (String p : parts) {
                    found.add(new Candidate(new Mention(off, off + p.length(), p, EntityType.PLACE, "kb-name-compound-part", rules.confidence("kb-name-compound-part"))));
                    off += p.length() + 1;
                }
                return true;
            }
        }
        return false;
    }

    /** Single capitalised words: a surname of someone named in full, a known place or organisation, a speaker. */
    private void resolveSingle(Word w, String text, Set<String> personTokens, List<Candidate> found) {
        String t = w.text();
        if (NEVER_NAMES.contains(t) || ROLE_WORDS.contains(t) || OTHER_HEADS.contains(t)) return;
        Mention m;
        if (personTokens.contains(Names.key(t))) {
            m = new Mention(w.start(), w.end(), t, EntityType.PERSON, "surname-of-named-person", rules.confidence("surname-of-named-person"));
            found.add(new Candidate(m, null, true));
            return;
        }
        List<KbEntity> hits = lookup(t);
        if (!hits.isEmpty()) {
            if (w.first() && !w.pos().equals("PROPN") && hits.get(0).type() == EntityType.PERSON) return;
            found.add(new Candidate(new Mention(w.start(), w.end(), t, hits.get(0).type(), "kb-name-single-word", rules.confidence("kb-name-single-word"))));
        }
    }

    /** "the Henoko district", "in Nago, Okinawa Prefecture": a name marked as a place by what surrounds it. */
    private void findPlacesBeforePlaceNouns(List<Word> words, String text, List<Candidate> found, List<Word> pending) {
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            if (!w.capitalized() || w.first() || NEVER_NAMES.contains(w.text()) || !lookup(w.text()).isEmpty()) continue;
            boolean single = (i == 0 || !isNameWord(words.get(i - 1))) && !w.breaksAfter();
            if (single && i + 1 < words.size() && PLACE_NOUNS.contains(words.get(i + 1).text())
                    && (i + 1 >= words.size() - 1 || !isNameWord(words.get(i + 1)))) {
                found.add(new Candidate(new Mention(w.start(), w.end(), w.text(), EntityType.PLACE, "name-before-place-noun", rules.confidence("name-before-place-noun"))));
                continue;
            }
            boolean afterIn = i > 0 && Set.of("in", "near", "from", "outside").contains(words.get(i - 1).text())
                    && (i + 1 >= words.size() || !isNameWord(words.get(i + 1)) || w.trail().startsWith(","));
            if (afterIn && w.trail().startsWith(",") && i + 1 < words.size()) {
                Word next = words.get(i + 1);
                if (isKnownPlace(next.text()) || (i + 2 < words.size() && PLACE_HEADS.contains(words.get(i + 2).text()))) {
                    found.add(new Candidate(new Mention(w.start(), w.end(), w.text(), EntityType.PLACE, "in-place-comma-place", rules.confidence("in-place-comma-place"))));
                }
            }
        }
    }

    /** "the Japan-U.S. security treaty", "the US security treaty with Japan". */
    private void findLowercaseTreaties(List<Word> words, String text, List<Candidate> found) {
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            if (!TREATY_NOUNS.contains(w.text())) continue;
            int j = i - 1;
            int adjectives = 0;
            while (j >= 0 && words.get(j).lower() && !TREATY_NOUNS.contains(words.get(j).text()) && adjectives < 3
                    && Set.of("ADJ", "NOUN", "PROPN").contains(words.get(j).pos())
                    && !CONNECTORS.contains(words.get(j).text()) && !Set.of("a", "an", "this", "that", "its", "their").contains(words.get(j).text())) {
                j--;
                adjectives++;
            }
            if (j < 0 || adjectives == 0) continue;
            Word q = words.get(j);
            if (q.breaksAfter()) continue;
            boolean placeQualifier = isKnownPlace(q.text()) || compoundOfPlaces(q.text());
            if (!placeQualifier) continue;
            int end = i;
            if (i + 2 < words.size() && Set.of("with", "between").contains(words.get(i + 1).text()) && isKnownPlace(words.get(i + 2).text())) {
                end = i + 2;
            }
            found.add(new Candidate(mention(words.subList(j, end + 1), text, EntityType.TREATY, "place-qualified-treaty-noun", rules.confidence("place-qualified-treaty-noun"))));
        }
    }

    private boolean compoundOfPlaces(String s) {
        if (!s.contains("-")) return false;
        for (String p : s.split("-")) if (!isKnownPlace(p)) return false;
        return true;
    }

    // ---------------------------------------------------------------- headline chunks

    /** Longest sub-phrases that the knowledge base or the article's people know. */
    private void matchKnown(List<Word> chunk, String text, List<Candidate> found, Set<String> personTokens,
                            Map<String, EntityType> knownNames) {
        int i = 0;
        while (i < chunk.size()) {
            int matched = 0;
            for (int j = chunk.size(); j > i; j--) {
                List<Word> sub = chunk.subList(i, j);
                if (CONNECTORS.contains(sub.get(0).text()) || CONNECTORS.contains(sub.get(sub.size() - 1).text())) continue;
                String surface = text.substring(sub.get(0).start(), sub.get(sub.size() - 1).end());
                EntityType known = knownNames.get(Names.key(surface));
                if (known != null) {
                    found.add(new Candidate(mention(sub, text, known, "name-known-from-body", rules.confidence("name-known-from-body")), null, known == EntityType.PERSON));
                    matched = sub.size();
                    break;
                }
                if (sub.size() == 1 && personTokens.contains(Names.key(surface))) {
                    found.add(new Candidate(mention(sub, text, EntityType.PERSON, "surname-in-headline", rules.confidence("surname-in-headline")), null, true));
                    matched = 1;
                    break;
                }
                List<KbEntity> hits = lookup(surface);
                if (!hits.isEmpty() && !(sub.size() == 1 && NEVER_NAMES.contains(surface))) {
                    found.add(new Candidate(mention(sub, text, hits.get(0).type(), "kb-name-in-headline", rules.confidence("kb-name-in-headline"))));
                    matched = sub.size();
                    break;
                }
                if (sub.size() > 1 && sub.stream().anyMatch(w -> TREATY_HEADS.contains(w.text()))
                        && TREATY_HEADS.contains(sub.get(sub.size() - 1).text())) {
                    found.add(new Candidate(mention(sub, text, EntityType.TREATY, "treaty-name-in-headline", rules.confidence("treaty-name-in-headline"))));
                    matched = sub.size();
                    break;
                }
                if (sub.size() == 1 && sub.get(0).text().contains("-") && compoundOfPlaces(sub.get(0).text())) {
                    typedByHead(sub, text, found);
                    matched = 1;
                    break;
                }
            }
            i += Math.max(1, matched);
        }
    }

    // ---------------------------------------------------------------- helpers

    private static Mention mention(List<Word> words, String text, EntityType type, String method, double conf) {
        int s = words.get(0).start();
        int e = words.get(words.size() - 1).end();
        return new Mention(s, e, text.substring(s, e), type, method, conf);
    }

    static List<Candidate> withoutOverlaps(List<Candidate> in) {
        List<Candidate> sorted = new ArrayList<>(in);
        sorted.sort(Comparator.comparingInt((Candidate c) -> -(c.mention().end() - c.mention().start()))
                .thenComparingInt(c -> c.mention().start()));
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : sorted) {
            if (kept.stream().noneMatch(k -> k.mention().overlaps(c.mention()))) kept.add(c);
        }
        kept.sort(Comparator.comparingInt(c -> c.mention().start()));
        return kept;
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        Set<String> s = new HashSet<>();
        for (Set<String> x : sets) s.addAll(x);
        return Set.copyOf(s);
    }
}
