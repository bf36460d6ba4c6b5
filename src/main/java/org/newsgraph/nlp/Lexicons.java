package org.newsgraph.nlp;

import java.util.Arrays;
import java.util.Set;

/**
 * Closed word lists of English news writing: titles and roles, nationality words, the head nouns of
 * organisation, place and treaty names, and the verbs that attribute speech. They describe news style in
 * general, not any particular story.
 */
public final class Lexicons {
    private Lexicons() {}

    private static Set<String> words(String... w) {
        return Set.copyOf(Arrays.asList(w));
    }

    /** Words that make up titles and roles written before a name ("Chief Cabinet Secretary", "Defense Minister"). */
    public static final Set<String> ROLE_WORDS = words(
            "President", "Vice", "Prime", "Minister", "Secretary", "Chancellor", "Premier", "Senator", "Sen.", "Rep.",
            "Representative", "Congressman", "Congresswoman", "Governor", "Gov.", "Mayor", "Ambassador", "Spokesperson",
            "Spokesman", "Spokeswoman", "Chairman", "Chairwoman", "Chair", "Chief", "Executive", "CEO", "Director",
            "General", "Gen.", "Admiral", "Adm.", "Colonel", "Col.", "Lieutenant", "Lt.", "Captain", "Capt.", "Major",
            "Sergeant", "King", "Queen", "Emperor", "Empress", "Prince", "Princess", "Pope", "Judge", "Justice",
            "Commissioner", "Leader", "Speaker", "Deputy", "Under", "Assistant", "Acting", "Foreign", "Defense",
            "Defence", "Finance", "Trade", "Economy", "Economic", "Cabinet", "Interior", "Home", "Justice", "Health",
            "Education", "Energy", "Treasury", "State", "Commerce", "Labor", "Labour", "Agriculture", "Transport",
            "Environment", "Homeland", "Security", "Attorney", "Counsel", "Adviser", "Advisor", "Envoy", "Senior",
            "Former", "Opposition", "Party", "Chief", "Dr.", "Mr.", "Mrs.", "Ms.", "Sir", "Dame", "Lord", "Lady",
            "Rev.", "Prof.", "Professor", "Officer", "Head", "Lawmaker", "Legislator", "MP", "Sheikh", "Crown",
            "President-elect", "Commander", "Supreme", "National", "Affairs", "Policy", "Staff", "Joint", "Chiefs",
            "Councillor", "Councilor", "Delegate", "Coach", "Manager", "Founder", "Co-founder", "Editor", "Anchor");

    /** The words of {@link #ROLE_WORDS} that end a title: the person's name follows them. */
    public static final Set<String> ROLE_HEADS = words(
            "President", "Minister", "Secretary", "Chancellor", "Premier", "Senator", "Sen.", "Rep.", "Representative",
            "Congressman", "Congresswoman", "Governor", "Gov.", "Mayor", "Ambassador", "Spokesperson", "Spokesman",
            "Spokeswoman", "Chairman", "Chairwoman", "Chair", "CEO", "Director", "General", "Gen.", "Admiral", "Adm.",
            "Colonel", "Col.", "Lieutenant", "Lt.", "Captain", "Capt.", "Major", "Sergeant", "King", "Queen", "Emperor",
            "Empress", "Prince", "Princess", "Pope", "Judge", "Justice", "Commissioner", "Leader", "Speaker",
            "Attorney", "Counsel", "Adviser", "Advisor", "Envoy", "Dr.", "Mr.", "Mrs.", "Ms.", "Sir", "Dame", "Lord",
            "Lady", "Rev.", "Prof.", "Professor", "Officer", "Head", "Lawmaker", "Legislator", "MP", "Sheikh",
            "President-elect", "Commander", "Councillor", "Councilor", "Delegate", "Coach", "Manager", "Founder",
            "Co-founder", "Editor", "Anchor");

    /** Honorifics: part of the title, never of the role. */
    public static final Set<String> HONORIFICS = words("Mr.", "Mrs.", "Ms.", "Dr.", "Sir", "Dame", "Rev.", "Prof.", "Mr", "Mrs", "Ms", "Dr");

    /** Words that go on a name after an abbreviation such as "U.S." ("U.S. Forces", "U.S.-Japan"). */
    public static final Set<String> NAME_CONTINUATIONS = words(
            "Forces", "Army", "Navy", "Air", "Marine", "Marines", "Coast", "Embassy", "Congress", "Senate", "House",
            "Department", "Treasury", "Government", "Administration", "Security", "Treaty", "Alliance", "Trade",
            "Supreme", "Court", "Federal", "Central", "National", "State");

    /** Nationality words and country short forms that qualify a title ("Japanese Prime Minister", "U.S. President"). */
    public static final Set<String> NATIONALITY = words(
            "U.S.", "US", "American", "Japanese", "Japan", "Chinese", "China", "British", "UK", "U.K.", "French",
            "German", "Russian", "Indian", "Korean", "South", "North", "Australian", "Canadian", "Italian", "Spanish",
            "Israeli", "Palestinian", "Iranian", "Ukrainian", "Taiwanese", "Philippine", "Filipino", "Mexican",
            "Brazilian", "Turkish", "Saudi", "Egyptian", "Pakistani", "European", "EU", "NATO", "UN", "U.N.",
            "Dutch", "Swedish", "Polish", "Greek", "Irish", "Scottish", "Vietnamese", "Thai", "Indonesian",
            "Malaysian", "Singaporean", "Argentine", "Chilean", "Colombian", "Nigerian", "Kenyan", "Afghan", "Iraqi",
            "Syrian", "Lebanese", "Jordanian", "Qatari", "Emirati", "Swiss", "Austrian", "Belgian", "Norwegian",
            "Danish", "Finnish", "Hungarian", "Czech", "Romanian", "Serbian", "Croatian", "Bangladeshi", "Nepali",
            "Mongolian", "New", "Zealand");

    /** Head nouns that make a capitalised phrase an organisation ("Foreign Ministry", "Budget Committee"). */
    public static final Set<String> ORG_HEADS = words(
            "Ministry", "Department", "Committee", "Commission", "Council", "Agency", "Office", "Bureau", "Service",
            "Services", "Forces", "Force", "Army", "Navy", "Guard", "Police", "Organization", "Organisation", "Party",
            "Union", "Association", "Federation", "Institute", "Institution", "University", "College", "School",
            "Bank", "Fund", "Corporation", "Corp.", "Company", "Co.", "Inc.", "Ltd.", "LLC", "Group", "Holdings",
            "Parliament", "Congress", "Senate", "Assembly", "Diet", "Court", "Tribunal", "Cabinet", "Government",
            "Administration", "Authority", "Board", "Foundation", "Society", "Network", "Times", "Post", "News",
            "Press", "Agency", "Command", "Secretariat", "Coalition", "Front", "Movement", "Club", "Airlines",
            "Airways", "Motors", "Industries", "Councillors", "Representatives", "Commons", "Lords", "Church");

    /** Head nouns that make a capitalised phrase a place ("Okinawa Prefecture", "South China Sea"). */
    public static final Set<String> PLACE_HEADS = words(
            "Prefecture", "Province", "County", "City", "District", "Island", "Islands", "Sea", "Ocean", "River",
            "Mountains", "Mountain", "Mount", "Peninsula", "Strait", "Straits", "Bay", "Gulf", "Valley", "Region",
            "Territory", "Coast", "Lake", "Desert", "Canal", "Square", "Street", "Avenue", "Airport", "Base", "Port");

    /** Lower-case nouns that, after a capitalised word, make it a place ("the Henoko district"). */
    public static final Set<String> PLACE_NOUNS = words(
            "district", "prefecture", "province", "county", "city", "region", "island", "islands", "area", "town",
            "village", "state", "peninsula", "neighborhood", "neighbourhood", "municipality");

    /** Head nouns of treaties and agreements. */
    public static final Set<String> TREATY_HEADS = words(
            "Treaty", "Agreement", "Accord", "Accords", "Pact", "Convention", "Protocol", "Charter", "Compact");

    /** Lower-case treaty nouns ("the Japan-U.S. security treaty"). */
    public static final Set<String> TREATY_NOUNS = words("treaty", "agreement", "accord", "pact", "convention", "protocol");

    /** Heads of names that are none of our types: events, laws, periods, documents. */
    public static final Set<String> OTHER_HEADS = words(
            "War", "Day", "Week", "Year", "Era", "Age", "Olympics", "Games", "Cup", "Summit", "Conference", "Act",
            "Law", "Bill", "Initiative", "Plan", "Strategy", "Doctrine", "Prize", "Award", "Festival", "Show",
            "Article", "Section", "Chapter", "Amendment", "Constitution", "Report", "Index", "Program", "Programme",
            "Project", "Crisis", "Revolution", "Election", "Elections", "Review", "Talks", "Dialogue", "Forum",
            "Ranking", "Access", "News", "Breaking", "Points");

    /** Capitalised words that start sentences or headings and are never names. */
    public static final Set<String> NEVER_NAMES = words(
            "The", "A", "An", "This", "That", "These", "Those", "It", "Its", "He", "She", "They", "We", "I", "You",
            "His", "Her", "Their", "Our", "My", "Your", "In", "On", "At", "For", "From", "With", "By", "Of", "To",
            "And", "But", "Or", "If", "When", "While", "After", "Before", "Under", "Over", "As", "So", "Yet", "Also",
            "Today", "Yesterday", "Tomorrow", "Currently", "Meanwhile", "However", "Despite", "Although", "Since",
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
            "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
            "Would", "Could", "Should", "Will", "Can", "Is", "Are", "Was", "Were", "Do", "Does", "Did", "What", "Who",
            "Why", "How", "Where", "Which", "Speaking", "According", "Asked", "Points", "Breaking", "Read", "More",
            "See", "Related", "Photo", "Video", "Watch", "Listen", "Share", "Advertisement", "Updated", "Published",
            "One", "Two", "Three", "Some", "Many", "Most", "All", "Both", "Each", "Every", "Such", "Then", "Now",
            "Here", "There", "Even", "Only", "Just", "Still", "First", "Last", "Next", "Mr", "Ms", "Mrs");

    /** Acronyms that are not organisations. */
    public static final Set<String> NON_ENTITY_ACRONYMS = words(
            "GDP", "GNP", "CEO", "CFO", "COO", "TV", "AI", "IT", "PR", "ID", "OK", "AM", "PM", "JST", "GMT", "UTC",
            "EST", "EDT", "PST", "PDT", "CET", "BST", "USD", "JPY", "EUR", "COVID", "COVID-19", "DNA", "HIV", "AIDS",
            "VAT", "IPO", "ETF", "FAQ", "PDF", "URL", "SUV", "EV", "EVS", "NEWS", "BREAKING", "UPDATE", "LIVE",
            "VIDEO", "PHOTO", "OPINION", "ANALYSIS", "EXCLUSIVE", "MP", "MPS", "US", "UK", "EU", "UN", "WMD", "ICBM");

    /** Verbs and phrases that attribute speech ("said", "told reporters", "according to"), in their news forms. */
    public static final Set<String> SPEECH_VERBS = words(
            "said", "says", "say", "told", "tells", "added", "adds", "stated", "states", "continued", "continues",
            "asked", "asks", "noted", "notes", "stressed", "stresses", "explained", "explains", "argued", "argues",
            "insisted", "insists", "speculated", "warned", "warns", "wrote", "writes", "declared", "declares",
            "announced", "announces", "claimed", "claims", "recalled", "recalls", "remarked", "replied", "replies",
            "responded", "responds", "answered", "commented", "complained", "complains", "emphasized", "emphasised",
            "emphasizes", "acknowledged", "admitted", "suggested", "urged", "vowed", "questioned", "saying", "stating",
            "adding", "telling", "asking", "noting", "arguing", "insisting", "warning", "writing", "declaring",
            "questioning", "explaining", "stressing", "emphasizing", "emphasising", "claiming", "tweeted", "posted",
            "confirmed", "denied", "predicted", "cautioned", "conceded", "concluded", "observed", "pointed",
            "reiterated", "shouted", "whispered", "joked", "testified", "lamented", "boasted", "mused", "quipped",
            "retorted", "countered", "affirmed", "assured", "promised", "pledged", "demanded", "told", "wondered");

    /** Personal pronouns that refer back to a person. */
    public static final Set<String> PERSON_PRONOUNS = words("he", "she");

    /** Nouns that name an unnamed source ("a senior official", "a spokesperson"). */
    public static final Set<String> SOURCE_NOUNS = words(
            "official", "officials", "source", "sources", "spokesperson", "spokesman", "spokeswoman", "aide", "aides",
            "diplomat", "diplomats", "officer", "officers", "executive", "executives", "analyst", "analysts", "expert",
            "experts", "lawmaker", "lawmakers", "member", "members", "person", "people", "insider", "insiders",
            "adviser", "advisers", "advisor", "advisors", "observer", "observers", "resident", "residents",
            "witness", "witnesses", "employee", "employees", "staffer", "staffers", "negotiator", "negotiators");
}
