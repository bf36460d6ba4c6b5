package org.newsgraph.extract;

import org.newsgraph.model.Names;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * A written word: the tokens that touch each other with no space between ("Japan-U.S.", "Japan’s"),
 * stripped of surrounding punctuation and of a possessive ending.
 *
 * @param text       the word without punctuation or possessive
 * @param start      offset in the article text
 * @param end        offset after the word
 * @param pos        UD tag of its first token
 * @param possessive it ended in 's or s'
 * @param trail      punctuation that followed it, possibly empty
 * @param first      it starts its sentence
 */
public record Word(String text, int start, int end, String pos, boolean possessive, String trail, boolean first) {

    private static final String LEADING = "\"'“‘([{«—–-•*";
    private static final String TRAILING = "\"'”’),;:!?]}»…—–";

    public boolean capitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    public boolean lower() {
        return !text.isEmpty() && Character.isLowerCase(text.codePointAt(0));
    }

    public boolean acronym() {
        String t = text.replace(".", "");
        return t.length() >= 2 && t.length() <= 6 && t.chars().allMatch(c -> Character.isUpperCase(c) || c == '-')
                && !t.contains("--");
    }

    /** Whether punctuation that ends a name phrase follows it (comma, colon, closing quote...). */
    public boolean breaksAfter() {
        return possessive || !trail.isEmpty();
    }

    /** The words of a sentence. */
    public static List<Word> of(Sentence s, String text) {
        List<Word> out = new ArrayList<>();
        List<Token> toks = s.tokens();
        int i = 0;
        while (i < toks.size()) {
            int j = i + 1;
            while (j < toks.size() && toks.get(j).start() == toks.get(j - 1).end()) j++;
            int st = toks.get(i).start();
            int en = toks.get(j - 1).end();
            String pos = toks.get(i).pos();
            for (int k = i; k < j; k++) {
                if (toks.get(k).text().chars().anyMatch(Character::isLetterOrDigit)) {
                    pos = toks.get(k).pos();
                    break;
                }
            }
            Word w = make(text, st, en, pos == null ? "" : pos, i == 0);
            if (w != null && !out.isEmpty() && "([{".indexOf(text.charAt(st)) >= 0) {
                // "Bernie Sanders (I-Vt.)": a bracket ends the name phrase before it
                Word prev = out.remove(out.size() - 1);
                out.add(new Word(prev.text(), prev.start(), prev.end(), prev.pos(), prev.possessive(),
                        prev.trail() + text.charAt(st), prev.first()));
            }
            if (w != null) {
                out.add(w);
            } else if (!out.isEmpty()) {
                // a word of punctuation only ("—", "-", "&") ends the name phrase before it
                Word prev = out.remove(out.size() - 1);
                out.add(new Word(prev.text(), prev.start(), prev.end(), prev.pos(), prev.possessive(),
                        prev.trail() + text.substring(st, en), prev.first()));
            }
            i = j;
        }
        return out;
    }

    static Word make(String text, int st, int en, String pos, boolean first) {
        int a = st;
        int b = en;
        while (a < b && LEADING.indexOf(text.charAt(a)) >= 0) a++;
        while (b > a && (TRAILING.indexOf(text.charAt(b - 1)) >= 0 || (text.charAt(b - 1) == '.' && !abbreviation(text.substring(a, b))))) {
            b--;
        }
        boolean poss = false;
        String core = text.substring(a, b);
        String stripped = Names.stripPossessive(core);
        if (!stripped.equals(core) && stripped.length() > 0) {
            poss = true;
            b = a + stripped.length();
            core = stripped;
        }
        if (a >= b || core.chars().noneMatch(Character::isLetterOrDigit)) return null;
        return new Word(core, a, b, pos, poss, text.substring(b, en), first);
    }

    /** "U.S.", "Japan-U.S.", "Gen.", "Mr.": a final dot that belongs to the word. */
    static boolean abbreviation(String w) {
        return org.newsgraph.nlp.Abbreviations.isAbbreviation(w);
    }
}
