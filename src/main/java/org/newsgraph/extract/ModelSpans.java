package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.newsgraph.model.EntityType;
import org.newsgraph.nlp.Lexicons;

/**
 * Repairs the spans a name model finds where news style says otherwise: a title is not part of a person's
 * name ("Gov. Terry Branstad" names Terry Branstad; "Sen" and "Navy Capt" name nobody), a sentence's
 * opening word is not either ("Yet Smith"), a party and state tag is not a person ("D-N.Y"), a name that
 * ends in a company's head after two names is an organisation ("John Burns Real Estate Consulting"), and a
 * span of another type with an abbreviated title inside names a person after it ("South Carolina Gov. Jim
 * Hodges"), the middle of a compound title names no organisation ("Chief Cabinet Secretary"), and a possessive ending belongs to no name ("the Alliance's"). Works on the model's words, where a title's dot is a word of its own.
 */
final class ModelSpans {
    /** A repaired span [start, end) of the model's words, with its type. */
    record Piece(int start, int end, EntityType type) {}

    /** A US party and state tag after a legislator's name: "D-N.Y", "R-Texas", "I-Vt". */
    private static final Pattern PARTY_TAG = Pattern.compile("[DRI]-[A-Z][A-Za-z.]*");

    private ModelSpans() {}

    /**
     * Joins two person spans that a hyphen written without spaces links ("Lopez" "-" "Cantera" is
     * Lopez-Cantera): the model reads the hyphen as a word of its own.
     */
    static opennlp.tools.util.Span[] joinHyphenated(opennlp.tools.util.Span[] spans, String[] words,
            java.util.function.IntUnaryOperator startOf, java.util.function.IntUnaryOperator endOf) {
        List<opennlp.tools.util.Span> out = new ArrayList<>();
        for (opennlp.tools.util.Span s : spans) {
            if (!out.isEmpty()) {
                opennlp.tools.util.Span p = out.get(out.size() - 1);
                int h = p.getEnd();
                if (p.getType().equals("person") && s.getType().equals("person") && s.getStart() == h + 1 && words[h].equals("-")
                        && endOf.applyAsInt(h - 1) == startOf.applyAsInt(h) && endOf.applyAsInt(h) == startOf.applyAsInt(h + 1)) {
                    out.set(out.size() - 1, new opennlp.tools.util.Span(p.getStart(), s.getEnd(), p.getType(), Math.min(p.getProb(), s.getProb())));
                    continue;
                }
            }
            out.add(s);
        }
        return out.toArray(new opennlp.tools.util.Span[0]);
    }

    /** The spans that the model's span [a, b) of {@code type} stands for: none, itself, or a part of it. */
    static List<Piece> repair(String[] words, int a, int b, EntityType type) {
        for (int p = a + 1; p < b; p++) {
            // "Butterfield (D-N.C.": the name ends at the bracket, and a party and state tag says it is a legislator's
            if (words[p].equals("(")) return repair(words, a, p, partyTagAt(words, p + 1) ? EntityType.PERSON : type);
        }
        if (type != EntityType.PERSON && b < words.length && words[b].equals("(") && partyTagAt(words, b + 1)) type = EntityType.PERSON;
        b = beforeInnerPossessive(words, a, b);
        b = withoutPossessive(words, a, b);
        if (type != EntityType.PERSON) {
            b = withoutTrailingNouns(words, a, b);
            if (a >= b) return List.of();
            if (insideTitle(words, a, b)) return List.of();
            if (type == EntityType.PLACE) {
                List<Piece> parts = placesBetweenCommas(words, a, b);
                if (parts != null) return parts;
            }
            if (PARTY_TAG.matcher(String.join("", List.of(words).subList(a, b))).matches()) return List.of();
            for (int t = a + 1; t < b - 1; t++) {
                if (abbreviatedTitle(words, t) && t + (words[t].endsWith(".") ? 1 : 2) < b) {
                    List<Piece> out = new ArrayList<>();
                    out.add(new Piece(a, t, type));
                    out.addAll(repair(words, t, b, EntityType.PERSON));
                    return out;
                }
            }
            for (int t = b - 3; t > a; t--) {
                // "Senate Minority Whip Dick Durbin", "Clark County Sheriff Joe Lombardo": a title, then the person
                if (Lexicons.ROLE_HEADS.contains(words[t]) && personName(words, t + 1, b)) return List.of(new Piece(t + 1, b, EntityType.PERSON));
            }
            return List.of(new Piece(a, b, byHead(words, a, b, type)));
        }
        if (abbreviatedTitle(words, b - 1) || (b - 2 >= a && words[b - 1].equals(".") && title(words, b - 2))) {
            return List.of(); // an abbreviated title never ends a name
        }
        while (a < b - 1 && (title(words, a) || Lexicons.SENTENCE_OPENERS.contains(words[a]))) {
            a += a + 1 < words.length && words[a + 1].equals(".") ? 2 : 1; // "Sen. Jane Smith", "Yet Smith"
        }
        for (int t = b - 2; t > a; t--) {
            if (title(words, t)) { // "Secretary of State John Kerry" names John Kerry
                a = t + (words[t + 1].equals(".") ? 2 : 1);
                break;
            }
        }
        if (a >= b || (a == b - 1 && words[a].equals("."))) return List.of();
        if (PARTY_TAG.matcher(String.join("", List.of(words).subList(a, b))).matches()) return List.of();
        if (organisationHead(words, a, b)) return List.of(new Piece(a, b, EntityType.ORGANIZATION));
        boolean place = b - a >= 2 && Lexicons.PLACE_HEADS.contains(words[b - 1]) && !AMBIGUOUS_PLACE_HEADS.contains(words[b - 1]);
        return List.of(new Piece(a, b, place ? EntityType.PLACE : EntityType.PERSON)); // "Al-Azaiba Beach" is a place
    }

    /** Whether a party and state tag starts at word {@code i}: "D-N.C.", "R-Texas". */
    private static boolean partyTagAt(String[] words, int i) {
        return i < words.length && PARTY_TAG.matcher(words[i]).matches();
    }

    /**
     * Whether [a, b) stands inside a compound title, between a word that opens one and the title's head: "Cabinet"
     * in "Chief Cabinet Secretary Jane Roe" is part of her title, not a mention of the cabinet.
     */
    static boolean insideTitle(String[] words, int a, int b) {
        if (b >= words.length || !Lexicons.ROLE_HEADS.contains(words[b])) return false;
        return (a > 0 && Lexicons.TITLE_MODIFIERS.contains(words[a - 1])) || Lexicons.TITLE_MODIFIERS.contains(words[a]);
    }

    /** The end of [a, b) before a possessive followed by more words: "the Alliance's targets" names the Alliance. */
    static int beforeInnerPossessive(String[] words, int a, int b) {
        for (int k = a + 1; k + 2 < b; k++) {
            if (apostrophe(words[k]) && words[k + 1].equals("s") && isLowerWord(words[k + 2])) return k;
        }
        return b;
    }

    /**
     * The end of [a, b) without the lower-case common nouns a name does not end in: "the Asia-Pacific region",
     * "the Bay of Bengal coastline" name Asia-Pacific and the Bay of Bengal.
     */
    static int withoutTrailingNouns(String[] words, int a, int b) {
        while (b - 1 > a && isLowerWord(words[b - 1])) b--;
        return b;
    }

    private static boolean isLowerWord(String w) {
        if (w.isEmpty()) return false;
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isLowerCase(w.charAt(i))) return false;
        }
        return true;
    }

    /**
     * A place span written "Town, Region" (or "Town, Region, Country") names each place: the parts between the
     * commas, or null when there is no comma or a part is empty.
     */
    static List<Piece> placesBetweenCommas(String[] words, int a, int b) {
        List<Piece> out = new ArrayList<>();
        int start = a;
        for (int k = a; k <= b; k++) {
            if (k == b || words[k].equals(",")) {
                if (k == start) return null;
                out.add(new Piece(start, k, EntityType.PLACE));
                start = k + 1;
            }
        }
        return out.size() > 1 ? out : null;
    }

    /** The end of [a, b) without a possessive ending: "the Alliance's targets" names the Alliance, "the States'" the States. */
    static int withoutPossessive(String[] words, int a, int b) {
        if (b - a >= 3 && words[b - 1].equals("s") && apostrophe(words[b - 2])) b -= 2;
        else if (b - a >= 2 && apostrophe(words[b - 1])) b -= 1;
        return b;
    }

    private static boolean apostrophe(String w) {
        return w.equals("'") || w.equals("’");
    }

    /** Place heads that end persons' names too ("Grace Park", "Anna Street"): they retype no person. */
    private static final java.util.Set<String> AMBIGUOUS_PLACE_HEADS = java.util.Set.of("Park", "Street", "Square", "Port", "Base", "City", "Mount");

    /**
     * The type a head noun gives a span the model typed as an organisation or a place: a place's head at
     * its end ("Sea of Japan", "Deccan Plateau") makes a place, an organisation's head before "of" ("Council
     * of Turkey", "Observatory of …") an organisation.
     */
    private static EntityType byHead(String[] words, int a, int b, EntityType type) {
        if (b - a >= 2 && Lexicons.PLACE_HEADS.contains(words[b - 1])) return EntityType.PLACE;
        for (int k = a; k < b - 2; k++) {
            if (Lexicons.ORG_HEADS.contains(words[k]) && words[k + 1].equals("of")) return EntityType.ORGANIZATION;
        }
        return type;
    }

    /** Whether [a, b) reads as a personal name: two to four capitalised words, none a head noun or a title. */
    private static boolean personName(String[] words, int a, int b) {
        if (b - a < 2 || b - a > 4) return false;
        for (int k = a; k < b; k++) {
            String w = words[k];
            if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0)) || Lexicons.ORG_HEADS.contains(w) || Lexicons.PLACE_HEADS.contains(w)
                    || Lexicons.ROLE_WORDS.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** Whether word {@code i} is a title or honorific ("Sen", "Sen.", "Gov", "Capt", "Mr", "President"). */
    private static boolean title(String[] words, int i) {
        String w = words[i];
        boolean dotted = i + 1 < words.length && words[i + 1].equals(".");
        return Lexicons.ROLE_WORDS.contains(w) || Lexicons.HONORIFICS.contains(w)
                || (dotted && (Lexicons.ROLE_WORDS.contains(w + ".") || Lexicons.HONORIFICS.contains(w + ".")));
    }

    /** A title written short: "Gov.", or "Gov" with its dot the next word. */
    private static boolean abbreviatedTitle(String[] words, int i) {
        return (words[i].endsWith(".") || (i + 1 < words.length && words[i + 1].equals("."))) && title(words, i);
    }

    /**
     * Whether the span [a, b) ends in an organisation's head noun the way no person's name does: an
     * abbreviated company form ("Inc", "Corp.") or a head after two or more names ("Burns Real Estate Consulting").
     */
    private static boolean organisationHead(String[] words, int a, int b) {
        String last = words[b - 1].equals(".") && b - 1 > a ? words[b - 2] + "." : words[b - 1];
        if (!Lexicons.ORG_HEADS.contains(last)) return false;
        return last.endsWith(".") || last.equals("LLC") || b - a >= 3;
    }
}
