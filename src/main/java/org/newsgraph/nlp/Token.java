package org.newsgraph.nlp;

/** A token with its offsets in the article text, its Universal Dependencies POS tag and its lemma (null unless the analyzer lemmatises). */
public record Token(String text, int start, int end, String pos, String lemma) {
    public Token {
        if (start < 0 || end <= start) throw new IllegalArgumentException("bad token span [" + start + "," + end + ")");
    }

    public boolean isCapitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    public boolean isProperNoun() {
        return "PROPN".equals(pos);
    }
}
