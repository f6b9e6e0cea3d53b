package org.sitrep.extract.quote;

import java.util.Set;

/**
 * Verbs that attribute words or a stance to someone, by lemma. The lists follow the reporting verbs of the PARC
 * and PolNeAR annotation guidelines (speech, written statement, evidence, belief), checked against the cues most
 * often annotated in PolNeAR's training articles. Each group says what its verbs take as content, because that
 * decides how much of the sentence is attributed.
 */
final class CueWords {

    private CueWords() {}

    /** Speech and writing: the content is a clause or a quote ("said that…", "“…,” she said"). */
    static final Set<String> SPEECH = Set.of(
            "say", "tell", "add", "state", "announce", "declare", "explain", "note", "write", "tweet", "post",
            "report", "claim", "insist", "argue", "warn", "estimate", "predict", "confirm", "deny", "acknowledge",
            "admit", "reply", "respond", "ask", "suggest", "recall", "promise", "pledge", "vow", "reveal", "indicate",
            "conclude", "concede", "assert", "contend", "maintain", "stress", "emphasize", "emphasise", "observe",
            "remark", "comment", "complain", "allege", "testify", "boast", "brag", "joke", "quip", "muse", "lament",
            "caution", "forecast", "signal", "hint", "agree", "disclose", "affirm", "assure", "reiterate", "repeat",
            "mention", "answer", "counter", "retort", "shout", "scream", "yell", "whisper", "exclaim", "proclaim",
            "project", "calculate", "threaten", "charge", "insinuate", "imply", "point", "urge",
            "demand", "order", "propose", "recommend", "speculate", "theorize", "guess", "describe",
            "call", "dismiss", "blame", "accuse", "criticize", "criticise", "praise", "condemn", "denounce",
            "defend", "question", "challenge", "reject", "hail", "welcome", "cite", "quote", "read",
            "measure");

    /**
     * Verbs that report speech only beside a quote: "Cruz continued: “…”", "“…,” he continued." Elsewhere they report
     * nothing ("the fighting continued").
     */
    static final Set<String> NEXT_TO_QUOTES = Set.of("continue", "interject", "interrupt", "begin");

    /** Evidence: a poll or figures "show" or "find" that… (the source is the poll, or whose figures they are). */
    static final Set<String> EVIDENCE = Set.of("show", "find", "suggest", "indicate", "reveal", "confirm");

    /** Belief and stance: a clause says what someone thinks, fears, hopes or knows. */
    static final Set<String> BELIEF = Set.of(
            "think", "believe", "know", "feel", "fear", "hope", "expect", "worry", "doubt", "suspect", "assume",
            "understand", "consider", "realize", "realise", "wonder", "imagine", "reckon", "acknowledge", "learn",
            "hear", "see", "recognize", "recognise", "decide", "want", "plan", "intend", "seek", "refuse", "decline",
            "wish");

    /**
     * Stance: verbs by which someone takes a side on a person, a plan or an idea ("endorsed Cruz", "called for a
     * ban", "thanked his supporters for…", "accused Republicans of…"). PolNeAR annotates these as attributions of
     * a stance (its guidelines count "supported", "called for", "mentioned" as cues), with the verb's object and
     * complements as content. They take no clause, so only their object and complements are attributed; sitrep
     * reports them as stances, not quotes ({@link org.sitrep.model.Quote.Kind#STANCE}).
     */
    static final Set<String> STANCE = Set.of(
            "support", "back", "endorse", "oppose", "favor", "favour", "prefer", "champion", "advocate", "applaud",
            "congratulate", "thank", "attack", "slam", "blast", "mock", "ridicule", "decry", "tout", "highlight",
            "mention", "discuss", "address", "vote", "label", "dub", "brand", "cast", "portray", "refer", "push",
            "celebrate", "lambaste", "fault", "knock", "hammer", "pan", "disavow", "embrace", "protest", "accuse",
            "call", "like", "love", "hate", "dislike", "trust", "distrust", "compare", "disparage", "repudiate",
            "rebuke", "ignore", "press", "point", "talk", "speak", "share", "name", "choose", "view", "question",
            "denounce", "reject", "agree", "disagree", "side");

    /**
     * Verbs whose content is only what they are "about": "talked about the economy", not "spoke to reporters", "spoke
     * on condition of anonymity" or "spoke with reporters".
     */
    static final Set<String> ONLY_ABOUT = Set.of("talk", "speak");

    /** The prepositions that bring a stance verb's content: "called for", "voted for", "referred to", "accused … of". */
    static final Set<String> STANCE_PREPOSITIONS = Set.of("for", "of", "on", "about", "against", "as", "to", "with",
            "over");

    /**
     * Verbs that also attribute a plain noun phrase ("denied the allegations", "criticized the plan",
     * "dismissed as “laughable”", "the WHO reports 1,000 to 3,000 cases a year", "doesn't expect a deal before 2017"):
     * their object is content when no clause is.
     */
    static final Set<String> NOUN_CONTENT = Set.of(
            "deny", "dismiss", "criticize", "criticise", "praise", "condemn", "denounce", "defend", "question",
            "reject", "welcome", "hail", "blame", "announce", "propose", "describe", "cite",
            "promise", "pledge", "predict", "estimate", "confirm", "acknowledge", "demand", "urge", "reveal",
            "measure", "report", "expect");

    /**
     * Verbs that state a figure only when their object is a tally and an "at" phrase gives it: "Haitian officials
     * place the death toll at 194", "the broadcaster puts the number of attackers at 300". Elsewhere ("put pressure
     * on", "set a date") they attribute nothing.
     */
    static final Set<String> TALLY_VERBS = Set.of("put", "place", "peg", "set");
    static final Set<String> TALLY_NOUNS = Set.of("toll", "number", "figure", "count", "tally", "total");

    /**
     * Nouns that attribute what their owner said, thinks or wants: "his statement that…", "Trump's call for a ban",
     * "Kerry's announcement of…", "Cruz's refusal to disavow…". PolNeAR annotates them as cues when the noun has its
     * source (a possessive) and its content (a "that"/"to" clause or an "of"/"for"/"about"/"on"/"against" phrase).
     */
    static final Set<String> NOUN_CUES = Set.of(
            "statement", "claim", "assertion", "announcement", "call", "support", "criticism", "comment", "remark",
            "promise", "pledge", "proposal", "view", "belief", "argument", "suggestion", "warning", "assessment",
            "estimate", "endorsement", "praise", "opposition", "declaration", "accusation", "allegation", "denial",
            "insistence", "demand", "request", "message", "response", "vow", "prediction", "refusal", "desire",
            "hope", "fear", "concern", "doubt", "plan", "decision", "insinuation", "charge", "admission", "apology",
            "attack", "defense", "defence", "explanation", "description", "characterization", "recommendation",
            "advice", "opinion", "position", "stance", "question", "answer", "reply", "threat", "boast", "idea",
            "suspicion", "expectation", "intention", "wish", "conviction", "contention", "observation", "insult",
            "rhetoric", "depiction", "dismissal", "rejection", "acknowledgment", "acknowledgement");

    /** The words that bring a cue noun's content: "call for", "announcement of", "comments on", "refusal to". */
    static final Set<String> NOUN_CUE_PREPOSITIONS = Set.of("for", "of", "on", "about", "against", "that", "to");

    /** Verbs whose object is the addressee, not what was said ("told reporters", "asked the crowd"). */
    static final Set<String> ADDRESSEE_OBJECT = Set.of("tell", "ask", "urge", "warn", "assure", "remind", "inform");

    static boolean isCue(String lemma) {
        return SPEECH.contains(lemma) || EVIDENCE.contains(lemma) || BELIEF.contains(lemma) || STANCE.contains(lemma);
    }

    /** Nouns that stand for what a source published: "Observatory figures show…", "a poll found…". */
    static final Set<String> EVIDENCE_NOUNS = Set.of(
            "figure", "figures", "data", "estimate", "estimates", "statistics", "report", "reports", "survey", "poll",
            "polls", "study", "studies", "count", "tally", "toll", "numbers", "records", "analysis", "assessment",
            "review", "investigation", "research", "document", "documents", "statement", "letter", "memo", "email",
            "emails", "filing", "filings", "findings", "results", "projections", "average", "averages", "returns");
}
