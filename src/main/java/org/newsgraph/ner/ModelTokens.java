package org.newsgraph.ner;

import java.util.ArrayList;
import java.util.List;

/**
 * The name finder's own tokens: training files and articles are tokenised by different conventions
 * ("Rwanda’s" whole or as "Rwanda ’ s", "PACJA)" or "PACJA )"), so both are cut the same way before the model
 * sees them: runs of letters and digits are tokens, with the periods of abbreviations ("U.S.", "Dr.", "St.");
 * every other character is a token of its own.
 */
public final class ModelTokens {
    private ModelTokens() {}

    /** The pieces of one token, as [start, end) offsets into it. */
    public static List<int[]> pieces(String token) {
        List<int[]> out = new ArrayList<>();
        int n = token.length();
        int i = 0;
        while (i < n) {
            char c = token.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (!Character.isLetterOrDigit(c)) {
                out.add(new int[] {i, i + 1});
                i++;
                continue;
            }
            int s = i;
            int letters = 0;
            boolean dotted = false;
            while (i < n) {
                char d = token.charAt(i);
                if (Character.isLetterOrDigit(d)) {
                    i++;
                    letters++;
                } else if (d == '.' && i + 1 < n && Character.isLetter(token.charAt(i + 1)) && letters <= 3) {
                    // "U.S": a period between letters of an abbreviation
                    i++;
                    dotted = true;
                    letters = 0;
                } else {
                    break;
                }
            }
            // the final period of "U.S." and of short capitalised abbreviations ("Dr.", "St.", "Jr.")
            if (i < n && token.charAt(i) == '.' && (dotted || (i - s <= 3 && Character.isUpperCase(token.charAt(s)))
                    || (i - s == 1 && Character.isLetter(token.charAt(s))))) {
                i++;
            }
            out.add(new int[] {s, i});
        }
        return out;
    }
}
