package org.newsgraph.nlp;

import java.util.regex.Pattern;

/** Whether a word's final dot belongs to it ("U.S.", "Japan-U.S.", "Gen.", "Mr.") rather than ending a sentence. */
public final class Abbreviations {
    private static final Pattern INITIALS = Pattern.compile(".*\\b(\\p{L}\\.)+");
    private static final Pattern SHORT_FORMS = Pattern.compile(
            "(?i)(mr|mrs|ms|dr|gen|sen|rep|gov|lt|col|capt|adm|prof|rev|st|jr|sr|inc|corp|co|ltd|no)\\.");

    private static final Pattern BEFORE_A_NAME = Pattern.compile(
            "\\p{Lu}\\.|(Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Capt|Adm|Prof|Rev)\\.");

    private Abbreviations() {}

    /** Whether the word is a middle initial or a title ("H.", "Mr.", "Gen."), which a name follows, not a sentence. */
    public static boolean precedesName(String w) {
        return BEFORE_A_NAME.matcher(w).matches();
    }

    public static boolean isAbbreviation(String w) {
        return INITIALS.matcher(w).matches() || SHORT_FORMS.matcher(w).matches();
    }
}
