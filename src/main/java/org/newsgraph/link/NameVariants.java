package org.newsgraph.link;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.model.EntityType;

/**
 * Other forms of a name that news and Wikidata use for the same entity, tried only when the name as written is
 * not in the knowledge base: a person's name without middle initials or a generational suffix ("Donald J. Trump",
 * "Donald M. Payne, Jr."), an organisation's "U.S." spelled out ("U.S. Army" for "United States Army").
 */
final class NameVariants {
    private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.?");
    private static final Pattern SUFFIX = Pattern.compile(",?\\s+(?:Jr|Sr|II|III|IV)\\.?$");
    private static final Pattern US = Pattern.compile("^(?:the\\s+)?(?:U\\.S\\.|US)\\s+(?=\\p{Lu})");

    private NameVariants() {}

    static List<String> of(String name, EntityType type) {
        Set<String> out = new LinkedHashSet<>();
        if (type == EntityType.PERSON) {
            String base = SUFFIX.matcher(name.strip()).replaceFirst("");
            List<String> kept = new ArrayList<>();
            String[] words = base.split("\\s+");
            for (int i = 0; i < words.length; i++) {
                boolean middle = i > 0 && i < words.length - 1;
                if (!(middle && INITIAL.matcher(words[i]).matches())) kept.add(words[i]);
            }
            if (kept.size() >= 2) out.add(String.join(" ", kept));
        } else if (type == EntityType.ORGANIZATION) {
            var m = US.matcher(name.strip());
            if (m.find()) out.add("United States " + name.strip().substring(m.end()));
        }
        out.remove(name);
        return List.copyOf(out);
    }

    /** The middle initials of a person's name ("H W" in "George H. W. Bush"). */
    static Set<String> initials(String name) {
        Set<String> out = new LinkedHashSet<>();
        String[] words = SUFFIX.matcher(name.strip()).replaceFirst("").split("\\s+");
        for (int i = 1; i < words.length - 1; i++) {
            if (INITIAL.matcher(words[i]).matches()) out.add(words[i].substring(0, 1));
        }
        return out;
    }
}
