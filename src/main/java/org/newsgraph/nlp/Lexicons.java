package org.newsgraph.nlp;

import java.util.Set;

/**
 * Closed word lists of English news writing: titles and roles, nationality words, the head nouns of
 * organisation, place and treaty names, and the verbs that attribute speech. They describe news style in
 * general, not any particular story. Each is a data file under {@code /lexicons/}, read by {@link WordLists}.
 */
public final class Lexicons {
    private Lexicons() {}

    /** Words that make up titles and roles written before a name ("Chief Cabinet Secretary", "Defense Minister"). */
    public static final Set<String> ROLE_WORDS = WordLists.load("role-words");

    /** The words of {@link #ROLE_WORDS} that end a title: the person's name follows them. */
    public static final Set<String> ROLE_HEADS = WordLists.load("role-heads");

    /** Words that open a compound title ("Chief Cabinet Secretary"): what stands between them and a role's head is the title's. */
    public static final Set<String> TITLE_MODIFIERS = WordLists.load("title-modifiers");

    /** Honorifics: part of the title, never of the role. */
    public static final Set<String> HONORIFICS = WordLists.load("honorifics");

    /** Words that go on a name after an abbreviation such as "U.S." ("U.S. Forces", "U.S.-Japan"). */
    public static final Set<String> NAME_CONTINUATIONS = WordLists.load("name-continuations");

    /** Nationality words and country short forms that qualify a title ("Japanese Prime Minister", "U.S. President"). */
    public static final Set<String> NATIONALITY = WordLists.load("nationality");

    /** Head nouns that make a capitalised phrase an organisation ("Foreign Ministry", "Budget Committee"). */
    public static final Set<String> ORG_HEADS = WordLists.load("org-heads");
    /** Capitalised words that open a sentence and never begin a name ("Besides", "Yet", "The"). */
    public static final Set<String> SENTENCE_OPENERS = WordLists.load("sentence-openers");

    /** Head nouns that make a capitalised phrase a place ("Okinawa Prefecture", "South China Sea"). */
    public static final Set<String> PLACE_HEADS = WordLists.load("place-heads");

    /** Lower-case nouns that, after a capitalised word, make it a place ("the Henoko district"). */
    public static final Set<String> PLACE_NOUNS = WordLists.load("place-nouns");

    /** Head nouns of treaties and agreements. */
    public static final Set<String> TREATY_HEADS = WordLists.load("treaty-heads");

    /** Lower-case treaty nouns ("the Japan-U.S. security treaty"). */
    public static final Set<String> TREATY_NOUNS = WordLists.load("treaty-nouns");

    /** Heads of names that are none of our types: events, laws, periods, documents. */
    public static final Set<String> OTHER_HEADS = WordLists.load("other-heads");

    /** Capitalised words that start sentences or headings and are never names. */
    public static final Set<String> NEVER_NAMES = WordLists.load("never-names");

    /** Acronyms that are not organisations. */
    public static final Set<String> NON_ENTITY_ACRONYMS = WordLists.load("non-entity-acronyms");

    /** Verbs and phrases that attribute speech ("said", "told reporters", "according to"), in their news forms. */
    public static final Set<String> SPEECH_VERBS = WordLists.load("speech-verbs");

    /** Personal pronouns that refer back to a person. */
    public static final Set<String> PERSON_PRONOUNS = WordLists.load("person-pronouns");

    /** Nouns that name an unnamed source ("a senior official", "a spokesperson"). */
    public static final Set<String> SOURCE_NOUNS = WordLists.load("source-nouns");
}
