package org.sitrep.extract.quote;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreSentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.sitrep.model.Document;
import org.sitrep.model.Entity;
import org.sitrep.model.Quote;
import org.sitrep.model.Speaker;

/**
 * Finds who is said to have said (or to think, or to show) what in one sentence, over its dependency parse:
 * <ul>
 *   <li>a cue verb ({@link CueWords}) with its subject as the source and its clausal complement (ccomp,
 *       parataxis, xcomp) as the content: "Linda Tom said [another 10,000 people were…]";</li>
 *   <li>a reporting clause hung onto the content ("[…], the rebels said", "[…], said X"): the rest of the sentence
 *       is the content, and an inverted source after the verb is the source;</li>
 *   <li>a cue with no subject of its own takes the subject of the verb it depends on: "he said, adding that…",
 *       "Erdogan was quoted as saying…";</li>
 *   <li>"according to X, …": X is the source, the rest of the clause the content;</li>
 *   <li>"X's figures show…", "a poll found…": the evidence noun phrase is the source;</li>
 *   <li>for verbs that attribute a noun phrase ("denied the report", "dismissed as “laughable”"), the object.</li>
 * </ul>
 * A pronoun or role-noun source ("he", "the monitor") carries over from the recent speakers of the document, which
 * this finder updates as it goes; call it on a document's sentences in reading order with one
 * {@link RecentSpeakers}. Nested attributions ("X told reporters [Russia had said …]") are all returned, in the
 * order of their cues; a caller who wants the outermost keeps those whose cue lies in no other's content.
 */
public final class AttributionFinder {

    /** Children that are not part of a source phrase: its clauses and the punctuation around them. */
    private static final Set<String> NOT_SOURCE = Set.of("acl", "ccomp", "parataxis", "advcl");
    private static final Set<String> NOT_CONTENT = Set.of();
    /** Verbs that take only a clause as content: "he knew [that…]", not "he knew the area". */
    private static final Set<String> CLAUSE_ONLY = Set.of("see", "hear", "know", "learn", "find", "read", "point",
            "charge", "order", "question", "challenge", "answer", "post", "project", "call", "consider", "decide");
    /** Conjunctions that make a clause an adverbial one (a reason, a time, a condition), never reported content. */
    private static final Set<String> SUBORDINATORS = Set.of("because", "if", "when", "whenever", "while", "as",
            "after", "before", "although", "though", "since", "unless", "until", "so", "whereas", "once", "where",
            "lest", "in", "for", "to");
    /** Evidence verbs whose object, with what follows it, is what the evidence shows. */
    private static final Set<String> SHOWING = Set.of("show", "find");
    /** Verbs whose "if" or "whether" clause is the question asked, not a condition. */
    private static final Set<String> QUESTIONS = Set.of("ask", "wonder", "question");
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "which", "that", "whom");
    /** A headline's "Source: content" names its source in a few words and says something of some length. */
    private static final int MAX_HEADLINE_SOURCE_WORDS = 4;
    private static final int MIN_HEADLINE_CONTENT_WORDS = 4;
    /** "she said.", "Huckabee spokeswoman Alice Stewart said.": a reporting clause on its own names its source briefly. */
    private static final int MAX_BARE_SOURCE_WORDS = 4;
    private static final int MAX_BARE_MODIFIER_TOKENS = 6;

    private final Document document;
    private final SpeakerResolver speakers;

    /**
     * @param document the document the sentences come from (spans point into its clean text)
     * @param entities the document's entities, to link sources to
     */
    public AttributionFinder(Document document, List<Entity> entities) {
        this.document = document;
        this.speakers = new SpeakerResolver(document, entities);
    }

    /**
     * The attributions whose cue is in {@code sentence}, in text order. Needs CoreNLP's "depparse".
     *
     * @param recent the document's speakers so far; each source found here is added to it
     */
    public List<ReportedSpeech> find(CoreSentence sentence, RecentSpeakers recent) {
        ParseTree tree = new ParseTree(sentence);
        List<ReportedSpeech> found = new ArrayList<>();
        headlineColon(tree, recent).ifPresent(found::add);
        for (IndexedWord word : tree.words()) {
            Optional<ReportedSpeech> speech = word.word().equalsIgnoreCase("according")
                    ? accordingTo(tree, word, recent)
                    : word.tag().startsWith("NN") ? cueNoun(tree, word, recent)
                    : cueVerb(tree, word, recent);
            speech.ifPresent(found::add);
        }
        return found;
    }

    private Optional<ReportedSpeech> cueVerb(ParseTree tree, IndexedWord verb, RecentSpeakers recent) {
        String lemma = verb.lemma() == null ? verb.word().toLowerCase(Locale.ROOT) : verb.lemma().toLowerCase(Locale.ROOT);
        boolean quoteOnly = CueWords.NEXT_TO_QUOTES.contains(lemma);
        if (!verb.tag().startsWith("VB") || !CueWords.isCue(lemma) && !quoteOnly && !statesTally(tree, verb, lemma)
                || passiveWithoutAgent(tree, verb, lemma)) {
            return Optional.empty();
        }
        TreeSet<Integer> content = quoteOnly ? nextToQuote(tree, verb) : content(tree, verb, lemma);
        if (content.isEmpty()) {
            return Optional.empty();
        }
        Optional<IndexedWord> source = source(tree, verb, content).map(s -> outsideQuoteMarks(tree, s, verb));
        if (source.isEmpty() || CueWords.EVIDENCE.contains(lemma) && !CueWords.SPEECH.contains(lemma)
                && !isEvidenceSource(source.get())) {
            return Optional.empty();
        }
        TreeSet<Integer> cue = cue(tree, verb);
        Quote.Kind kind = CueWords.STANCE.contains(lemma)
                && content.equals(withoutEdgePunctuation(tree, stanceContent(tree, verb))) ? Quote.Kind.STANCE
                : Quote.Kind.INDIRECT;
        return Optional.of(build(tree, source.get(), cue, content, lemma, kind, recent));
    }

    /** "He continued: “…”", "“…,” he continued.": the quote a cue of {@link CueWords#NEXT_TO_QUOTES} stands by. */
    private static TreeSet<Integer> nextToQuote(ParseTree tree, IndexedWord verb) {
        OptionalInt closing = closingMarkBeforeReportingClause(tree, verb);
        if (closing.isPresent()) {
            return before(tree, closing.getAsInt());
        }
        return afterColon(tree, verb);
    }

    /** The sentence before token {@code index}, its edge punctuation trimmed: what a closing quote or comma ends. */
    private static TreeSet<Integer> before(ParseTree tree, int index) {
        return withoutEdgePunctuation(tree, new TreeSet<>(allTokens(tree).headSet(index)));
    }

    /** What the colon right after the cue brings ({@link #colonContent}); empty without such a colon. */
    private static TreeSet<Integer> afterColon(ParseTree tree, IndexedWord verb) {
        OptionalInt colon = colonAfter(tree, verb);
        return colon.isPresent() ? colonContent(tree, colon.getAsInt()) : new TreeSet<>();
    }

    /** The last token before {@code index} that is not a quote mark ("[…],” he said": the comma before the mark). */
    private static int beforeQuoteMarks(ParseTree tree, int index) {
        int at = index;
        while (at > 1 && isQuoteMark(tree, at)) {
            at--;
        }
        return at;
    }

    /** What the cue verb attributes, as token indexes; empty when it attributes nothing here. */
    private TreeSet<Integer> content(ParseTree tree, IndexedWord verb, String lemma) {
        if (lemma.equals("quote") && !tree.children(verb, "aux:pass").isEmpty()) {
            return quotedAsSaying(tree, verb);
        }
        Optional<IndexedWord> clause = clauseAfter(tree, verb);
        if (clause.isEmpty() && !CLAUSE_ONLY.contains(lemma)) {
            clause = tree.child(verb, "xcomp").filter(x -> !isInvertedName(tree, verb, x));
        }
        if (clause.isEmpty() && CueWords.SPEECH.contains(lemma)) {
            // "told reporters at the border crossing [that …]": the parser hung the clause on the place
            clause = tree.children(verb, "obj", "obl").stream()
                    .flatMap(o -> tree.children(o, "ccomp").stream())
                    .filter(c -> c.index() > verb.index()).findFirst();
        }
        if (clause.isEmpty() && CueWords.SPEECH.contains(lemma)) {
            clause = misparsedComplement(tree, verb);
        }
        if (clause.isEmpty() && QUESTIONS.contains(lemma)) {
            // "HuffPost asked the contender [if he's been preparing…]": the parser reads "if" as a condition
            clause = tree.children(verb, "advcl").stream()
                    .filter(c -> c.index() > verb.index() && tree.children(c, "mark").stream()
                            .anyMatch(m -> m.word().equalsIgnoreCase("if") || m.word().equalsIgnoreCase("whether")))
                    .findFirst();
        }
        if (clause.isEmpty()) {
            // a verb the parser left loosely attached after the cue: "warned [Russian air strikes were …]"
            // not a reporting participle of its own: in "…, Nefzi said, adding, “…”" what he added is not what he said
            Optional<IndexedWord> loose = tree.children(verb, "dep").stream()
                    .filter(d -> d.index() > verb.index() && d.tag().startsWith("VB") && !isCue(d)).findFirst();
            if (loose.isPresent()) {
                TreeSet<Integer> content = tree.subtree(loose.get(), NOT_CONTENT);
                Optional<IndexedWord> object = tree.child(verb, "obj");
                if (object.isPresent() && tree.child(loose.get(), "nsubj", "nsubj:pass").isEmpty()
                        && object.get().index() < loose.get().index()) {
                    content.addAll(tree.subtree(object.get(), Set.of("compound")));
                }
                return withoutEdgePunctuation(tree, content);
            }
        }
        if (clause.isPresent()) {
            return withoutEdgePunctuation(tree, withoutTrailingReport(tree, tree.subtree(clause.get(), NOT_CONTENT)));
        }
        Optional<IndexedWord> agent = agent(tree, verb);
        Optional<IndexedWord> patient = tree.child(verb, "nsubj", "nsubj:pass");
        if (agent.isPresent() && patient.isPresent()) {
            // "a charge dismissed by Moscow": what the agent said or did is the subject
            return withoutEdgePunctuation(tree, tree.subtree(patient.get(), Set.of("acl", "acl:relcl")));
        }
        if (CueWords.STANCE.contains(lemma)) {
            TreeSet<Integer> stance = stanceContent(tree, verb);
            if (!stance.isEmpty()) {
                return withoutEdgePunctuation(tree, stance);
            }
        }
        if (SHOWING.contains(lemma) && tree.child(verb, "obj").filter(o -> o.index() > verb.index()).isPresent()) {
            // "A CNN/ORC poll showed [Mr. Trump leading Mr. Cruz nationally, 45 percent to 18 percent]": what a poll or
            // a study shows is its object with all that follows it (who the source may be, cueVerb decides)
            TreeSet<Integer> shown = new TreeSet<>(tree.subtree(verb, Set.of()).tailSet(verb.index() + 1));
            return withoutEdgePunctuation(tree, contiguousAround(shown, shown.first()));
        }
        boolean tally = CueWords.TALLY_VERBS.contains(lemma);
        if ((CueWords.NOUN_CONTENT.contains(lemma) || tally) && !CueWords.ADDRESSEE_OBJECT.contains(lemma)) {
            // "denied the report", "dismissed as “laughable”", "dismissed the report as “baseless”"
            TreeSet<Integer> content = new TreeSet<>();
            tree.child(verb, "obj").ifPresent(o -> content.addAll(tree.subtree(o, Set.of())));
            // "dismissed the report as “baseless”", "measured the quake at magnitude 6.4", "put the toll at 194"
            String complement = lemma.equals("measure") || tally ? "at" : "as";
            tree.children(verb, "obl", "xcomp", "advcl").stream()
                    .filter(o -> tree.children(o, "case", "mark").stream().anyMatch(c -> c.word().equalsIgnoreCase(complement))
                            || tree.relation(o).equals("xcomp"))
                    .findFirst()
                    .ifPresent(o -> content.addAll(tree.subtree(o, Set.of())));
            if (!content.isEmpty()) {
                return withoutEdgePunctuation(tree, content);
            }
        }
        if (lemma.equals("say") && tree.child(verb, "obj").filter(o -> o.index() > verb.index()).isPresent()
                && tree.child(verb, "nsubj").filter(subject -> subject.index() < verb.index()).isPresent()) {
            // "McCain says the movement that's sweeping the country … appeals to…": "say" almost never takes a plain
            // noun phrase, so an object is the parser stopping short of a clause: what follows the verb is said.
            // Not "…, said Britain-based monitor X", whose "object" is the source, with no subject before the verb.
            return restOfSentence(tree, verb);
        }
        if (CueWords.SPEECH.contains(lemma) && isAsClause(tree, verb)) {
            // "As BuzzFeed News first reported, [Mr. Trump voiced support…]": the clause the "as" clause modifies
            TreeSet<Integer> reported = tree.subtree(tree.parent(verb).get(), Set.of());
            reported.removeAll(tree.subtree(verb, Set.of()));
            return withoutEdgePunctuation(tree, reported);
        }
        if (misparsedClausalSubject(tree, verb)) {
            // "Adelson said much of his discussion was about Israel": the parser made "said" the clause's subject
            return restOfSentence(tree, verb);
        }
        if (hangsOnContent(tree, verb)) {
            // "[…], the rebels said." / "[…], said X." — the reporting clause hangs on the content
            return reportedRest(tree, verb);
        }
        OptionalInt invertedComma = commaBeforeInvertedCue(tree, verb);
        if (invertedComma.isPresent()) {
            // "''…,'' said Amy Deace, who…": the parser made the cue the root and the quote its loose dependent
            return before(tree, invertedComma.getAsInt());
        }
        OptionalInt closing = closingMarkBeforeReportingClause(tree, verb);
        if (closing.isPresent()) {
            // "''I don't know why he's saying that, but…,'' she said.": whatever the parse, a quote closed by a comma and
            // its mark right before "she said" is what she said
            return before(tree, closing.getAsInt());
        }
        if (CueWords.SPEECH.contains(lemma) && isBareReportingClause(tree, verb)) {
            // "“Who wants to live at home at 29?” she said." split after the quote: the full stop stands for the quote
            // the sentence before ends with (QuoteAssignment joins them)
            return new TreeSet<>(Set.of(tree.size()));
        }
        if (isParenthetical(tree, verb)) {
            // "The question of whether…, she said, is not so cut and dried.": the sentence around the cue is said
            TreeSet<Integer> rest = allTokens(tree);
            rest.removeAll(tree.subtree(verb, Set.of()));
            return withoutEdgePunctuation(tree, rest);
        }
        if (CueWords.SPEECH.contains(lemma)) {
            TreeSet<Integer> introduced = afterColon(tree, verb);
            if (!introduced.isEmpty()) {
                return introduced;
            }
        }
        OptionalInt comma = commaBeforeTrailingSource(tree, verb);
        if (comma.isPresent()) {
            // "Four of the injured suffered scrapes and bruises, officials said.", "A woman was killed and five others
            // were injured when…, authorities said.": the parser made the cue the root and hung the content's nouns or
            // verbs on it as more subjects or loose dependents; the content ends at the comma
            return withoutEdgePunctuation(tree, new TreeSet<>(allTokens(tree).headSet(comma.getAsInt())));
        }
        return new TreeSet<>();
    }

    /**
     * The cue's clausal complement: the first after the cue when it has one there ("Like other owners who foresee an
     * upside, Mr. Schmidt said [he was building…]": the parser also hangs the opening phrase's clause on the cue),
     * else the first before it ("[…], officials said").
     */
    private static Optional<IndexedWord> clauseAfter(ParseTree tree, IndexedWord verb) {
        List<IndexedWord> clauses = tree.children(verb, "ccomp", "parataxis");
        return clauses.stream().filter(c -> c.index() > verb.index()).findFirst()
                .or(() -> clauses.stream().findFirst());
    }

    /**
     * A clause without the reporting participle that ends it: in "Trump argued [that a database would keep people
     * out], saying it's “all about management”" the parser hangs "saying" inside the clause, but what follows it is
     * a second statement of the same speaker (an attribution of its own, as PolNeAR annotates it), not part of the
     * first.
     */
    private static TreeSet<Integer> withoutTrailingReport(ParseTree tree, TreeSet<Integer> content) {
        for (int i : content) {
            IndexedWord participle = tree.word(i).orElse(null);
            if (participle != null && isTrailingReport(tree, participle)
                    && tree.subtree(participle, Set.of()).last() >= content.last()) {
                return new TreeSet<>(content.headSet(i - 1));
            }
        }
        return content;
    }

    /** ", saying…", ", telling X that…": a reporting participle after a comma, with no subject of its own. */
    private static boolean isTrailingReport(ParseTree tree, IndexedWord word) {
        return word.tag().equals("VBG") && isCue(word) && word.index() > 2
                && tree.token(word.index() - 1).word().equals(",")
                && tree.child(word, "nsubj", "nsubj:pass").isEmpty()
                && ParseTree.matches(tree.relation(word), "dep", "advcl", "xcomp", "conj")
                && !CueWords.STANCE.contains(word.lemma().toLowerCase(Locale.ROOT));
    }

    /**
     * For a trailing reporting participle hung inside another cue's clause ("Trump argued that…, saying…"), that cue:
     * its subject is the participle's too.
     */
    private static Optional<IndexedWord> reportingAncestor(ParseTree tree, IndexedWord participle) {
        IndexedWord at = participle;
        for (int depth = 0; depth < 6; depth++) {
            Optional<IndexedWord> parent = tree.parent(at);
            if (parent.isEmpty()) {
                return Optional.empty();
            }
            if (ParseTree.matches(tree.relation(at), "ccomp", "parataxis") && isCue(parent.get())) {
                return parent;
            }
            at = parent.get();
        }
        return Optional.empty();
    }

    /**
     * "“…,” said Unruh.": the parser may make a name right after a speech verb its complement (xcomp); that name is
     * who speaks, not what is said.
     */
    private static boolean isInvertedName(ParseTree tree, IndexedWord verb, IndexedWord complement) {
        return complement.index() == verb.index() + 1 && complement.tag().startsWith("NNP")
                && CueWords.SPEECH.contains(verb.lemma().toLowerCase(Locale.ROOT));
    }

    /** A participle on a document someone issued: "released a statement confirming…", "sent a letter urging…". */
    private static boolean isIssuedDocument(ParseTree tree, IndexedWord participle, IndexedWord noun) {
        return participle.tag().equals("VBG") && tree.relation(participle).equals("acl")
                && CueWords.EVIDENCE_NOUNS.contains(noun.word().toLowerCase(Locale.ROOT))
                && tree.relation(noun).equals("obj") && tree.parent(noun).isPresent();
    }

    /** "as X reported", "as he put it": a reporting clause brought by "as" that modifies the clause it reports. */
    private static boolean isAsClause(ParseTree tree, IndexedWord verb) {
        return tree.relation(verb).startsWith("advcl") && tree.parent(verb).isPresent()
                && tree.children(verb, "mark").stream().anyMatch(m -> m.word().equalsIgnoreCase("as"))
                && tree.child(verb, "nsubj").isPresent();
    }

    /** "place the death toll at 194", "puts the number of attackers at 300": a tally verb stating a figure. */
    private static boolean statesTally(ParseTree tree, IndexedWord verb, String lemma) {
        if (!CueWords.TALLY_VERBS.contains(lemma)) {
            return false;
        }
        boolean tallyObject = tree.child(verb, "obj")
                .filter(o -> o.lemma() != null && CueWords.TALLY_NOUNS.contains(o.lemma().toLowerCase(Locale.ROOT)))
                .isPresent();
        boolean atFigure = tree.children(verb, "obl").stream()
                .anyMatch(o -> tree.children(o, "case").stream().anyMatch(c -> c.word().equalsIgnoreCase("at"))
                        && tree.subtree(o, Set.of()).stream().anyMatch(i -> tree.token(i).tag().equals("CD")));
        return tallyObject && atFigure;
    }

    /**
     * What a stance verb takes a side on: its object and the complements after it that its prepositions bring
     * ("endorsed [Cruz]", "called [for a ban]", "thanked [his supporters for delivering…]", "called [Trump
     * “unhinged”]"); places, times and manner ("in Iowa", "on Sunday") are not the stance.
     */
    private static TreeSet<Integer> stanceContent(ParseTree tree, IndexedWord verb) {
        TreeSet<Integer> content = new TreeSet<>();
        for (IndexedWord complement : tree.children(verb, "obj", "iobj", "obl", "xcomp", "advcl")) {
            if (complement.index() < verb.index() || ParseTree.matches(tree.relation(complement), "obl:tmod",
                    "obl:npmod")) {
                continue;
            }
            boolean direct = ParseTree.matches(tree.relation(complement), "obj", "iobj", "xcomp");
            boolean introduced = tree.children(complement, "case", "mark").stream().findFirst()
                    .map(c -> c.word().toLowerCase(Locale.ROOT))
                    .filter(c -> CueWords.ONLY_ABOUT.contains(verb.lemma()) ? c.equals("about")
                            : CueWords.STANCE_PREPOSITIONS.contains(c))
                    .isPresent();
            if (direct || introduced) {
                content.addAll(tree.subtree(complement, Set.of()));
            }
        }
        return content;
    }

    /**
     * The comma of "[…], officials said." when the parser made the cue the sentence's root: its last subject stands
     * between a comma and the cue, a subject or a loose clause of the cue stands before the comma, and nothing but
     * punctuation follows the cue.
     */
    private static OptionalInt commaBeforeTrailingSource(ParseTree tree, IndexedWord verb) {
        List<IndexedWord> subjects = tree.children(verb, "nsubj");
        if (!tree.relation(verb).equals("root") || subjects.isEmpty() || !endsReportingClause(tree, verb)) {
            return OptionalInt.empty();
        }
        TreeSet<Integer> source = tree.subtree(subjects.get(subjects.size() - 1), Set.of());
        // "[…],” he tweeted.": the closing mark stands between the comma and the source
        int comma = beforeQuoteMarks(tree, source.first() - 1);
        boolean adjacent = source.last() == verb.index() - 1 && comma > 1 && tree.token(comma).word().equals(",");
        boolean contentBefore = tree.children(verb, "nsubj", "dep", "advcl").stream().anyMatch(w -> w.index() < comma);
        return adjacent && contentBefore ? OptionalInt.of(comma) : OptionalInt.empty();
    }

    /**
     * The comma of "[…],” said X." when the parser made the cue the root: the cue follows the comma (and closing
     * quote marks) directly, its subject comes after it, and a loose clause of the cue stands before the comma.
     */
    private static OptionalInt commaBeforeInvertedCue(ParseTree tree, IndexedWord verb) {
        Optional<IndexedWord> subject = tree.child(verb, "nsubj")
                .or(() -> tree.child(verb, "xcomp").filter(x -> isInvertedName(tree, verb, x)));
        if (!tree.relation(verb).equals("root") || subject.isEmpty() || subject.get().index() < verb.index()
                || !endsReportingClause(tree, verb)) {
            return OptionalInt.empty();
        }
        int comma = beforeQuoteMarks(tree, verb.index() - 1);
        boolean contentBefore = tree.children(verb, "dep", "ccomp", "parataxis", "advcl").stream()
                .anyMatch(w -> w.index() < comma);
        return comma > 1 && tree.token(comma).word().equals(",") && contentBefore ? OptionalInt.of(comma)
                : OptionalInt.empty();
    }

    /**
     * The closing quote mark of "[…,]” she said." / "[…?]” said X.": a mark after a comma, question or exclamation
     * mark, then only the cue's subject before the cue (or nothing, the subject following it), and only the reporting
     * clause after the cue.
     */
    private static OptionalInt closingMarkBeforeReportingClause(ParseTree tree, IndexedWord verb) {
        Optional<IndexedWord> subject = tree.child(verb, "nsubj")
                .or(() -> tree.child(verb, "xcomp").filter(x -> isInvertedName(tree, verb, x)));
        if (subject.isEmpty() || !endsReportingClause(tree, verb)) {
            return OptionalInt.empty();
        }
        TreeSet<Integer> source = tree.subtree(subject.get(), Set.of());
        int mark = subject.get().index() < verb.index() ? source.first() - 1 : verb.index() - 1;
        if (subject.get().index() < verb.index() && source.last() != verb.index() - 1) {
            return OptionalInt.empty();
        }
        boolean closes = mark > 2 && isQuoteMark(tree, mark) && tree.token(mark - 1).word().matches("[,?!]");
        return closes ? OptionalInt.of(mark - 1) : OptionalInt.empty();
    }

    /**
     * "she said." alone: a subject, the cue and nothing else but a few modifiers of the cue ("he said to an enormous
     * cheer.") and a full stop.
     */
    private static boolean isBareReportingClause(ParseTree tree, IndexedWord verb) {
        Optional<IndexedWord> subject = tree.child(verb, "nsubj");
        if (subject.isEmpty() || subject.get().index() > verb.index() || !tree.relation(verb).equals("root")
                || !tree.token(tree.size()).word().equals(".")) {
            return false;
        }
        return tree.children(verb, "obj", "ccomp", "xcomp", "parataxis", "dep", "advcl", "iobj").isEmpty()
                && tree.children(verb, "nsubj").size() == 1 && tree.subtree(subject.get(), Set.of()).first() == 1
                && tree.subtree(subject.get(), Set.of()).last() == verb.index() - 1
                && verb.index() <= MAX_BARE_SOURCE_WORDS + 1 && tree.size() <= verb.index() + MAX_BARE_MODIFIER_TOKENS + 1;
    }

    /**
     * "…, she said, …": a reporting clause of a subject and a cue, between commas inside the sentence it reports, with
     * nothing of its own after the cue.
     */
    private static boolean isParenthetical(ParseTree tree, IndexedWord verb) {
        Optional<IndexedWord> head = tree.parent(verb);
        Optional<IndexedWord> subject = tree.child(verb, "nsubj");
        if (head.isEmpty() || head.get().index() < verb.index() || subject.isEmpty()
                || !ParseTree.matches(tree.relation(verb), "parataxis", "dep")
                || !tree.children(verb, "obj", "ccomp", "xcomp", "iobj", "mark").isEmpty()) {
            return false;
        }
        TreeSet<Integer> clause = tree.subtree(verb, Set.of("punct"));
        return clause.first() > 1 && tree.token(clause.first() - 1).word().equals(",")
                && clause.last() < tree.size() && tree.token(clause.last() + 1).word().equals(",");
    }

    /**
     * "He wrote: “…”" or "He wrote:" ending the sentence before the quote: what follows the colon is said; when
     * nothing does here, the colon stands for the quote that opens the next sentence (QuoteAssignment joins them).
     */
    private static TreeSet<Integer> colonContent(ParseTree tree, int colon) {
        TreeSet<Integer> after = withoutEdgePunctuation(tree, new TreeSet<>(allTokens(tree).tailSet(colon + 1)));
        return after.isEmpty() ? new TreeSet<>(Set.of(colon)) : after;
    }

    /**
     * The colon right after a cue ("continued:", "said in a statement:"), the cue's own modifiers between them; or the
     * token before an opening quote mark there.
     */
    private static OptionalInt colonAfter(ParseTree tree, IndexedWord verb) {
        TreeSet<Integer> clause = tree.subtree(verb, Set.of("ccomp", "parataxis", "dep", "conj"));
        for (int i = verb.index() + 1; i <= tree.size(); i++) {
            if (tree.token(i).word().equals(":")) {
                return OptionalInt.of(i);
            }
            if (tree.token(i).tag().equals("``")) {
                return OptionalInt.of(i - 1); // "Borger asked “That would be you?”": the quote itself follows
            }
            if (!clause.contains(i)) {
                break;
            }
        }
        return OptionalInt.empty();
    }

    /**
     * "Davutoglu said Thursday up to 70,000 people were heading…": a figure's "up to" right after the cue misleads the
     * parser into an adverbial clause ("advcl:up"), though the clause, with a subject of its own and no real
     * subordinating conjunction, is what was said.
     */
    private static Optional<IndexedWord> misparsedComplement(ParseTree tree, IndexedWord verb) {
        return tree.children(verb, "advcl").stream()
                .filter(c -> c.index() > verb.index() && tree.child(c, "nsubj", "nsubj:pass").isPresent())
                .filter(c -> tree.children(c, "mark").stream()
                        .noneMatch(m -> SUBORDINATORS.contains(m.word().toLowerCase(Locale.ROOT))))
                .findFirst();
    }

    /**
     * "…the paper they're written on", "he was told that…": a passive cue with no "by" phrase names no source, and its
     * subject is what was written or whom it was said to. "Erdogan was quoted as saying…" is the exception.
     */
    private static boolean passiveWithoutAgent(ParseTree tree, IndexedWord verb, String lemma) {
        return !lemma.equals("quote") && (!tree.children(verb, "aux:pass").isEmpty()
                || !tree.children(verb, "nsubj:pass").isEmpty()) && agent(tree, verb).isEmpty();
    }

    /**
     * "X said much of his discussion was about Israel": the parser, reading "said much" as a verb and its object,
     * hung "X said" as the clausal subject of what follows. A clausal subject with a subject of its own before it and
     * an object after it is a reporting clause, not a subject ("What he said was true" has its object before).
     */
    private static boolean misparsedClausalSubject(ParseTree tree, IndexedWord verb) {
        if (!tree.relation(verb).equals("csubj") || tree.parent(verb).get().index() < verb.index()) {
            return false;
        }
        Optional<IndexedWord> subject = tree.child(verb, "nsubj");
        Optional<IndexedWord> object = tree.child(verb, "obj");
        return subject.isPresent() && subject.get().index() < verb.index()
                && object.isPresent() && object.get().index() > verb.index();
    }

    /** "Erdogan was quoted at the weekend as saying [Turkey was under threat]": what follows "saying". */
    private static TreeSet<Integer> quotedAsSaying(ParseTree tree, IndexedWord verb) {
        TreeSet<Integer> clause = tree.subtree(verb, Set.of("conj", "cc", "punct", "nsubj:pass", "aux:pass"));
        TreeSet<Integer> content = new TreeSet<>();
        int saying = -1;
        for (int i : clause) {
            if (i > verb.index() && tree.token(i).word().toLowerCase(Locale.ROOT).matches("saying|says|said")) {
                saying = i;
                break;
            }
        }
        if (saying > 0) {
            for (int i = saying + 1; i <= tree.size() && clause.contains(i); i++) {
                content.add(i);
            }
        }
        return withoutEdgePunctuation(tree, content);
    }

    /**
     * A cue after its content, taking no clause or object of its own and ending the sentence but for its source:
     * "[…], the rebels said", "[…], said X".
     */
    private static boolean hangsOnContent(ParseTree tree, IndexedWord verb) {
        if (!ParseTree.matches(tree.relation(verb), "parataxis", "dep", "advcl", "ccomp", "conj")
                || tree.parent(verb).isEmpty() || tree.parent(verb).get().index() > verb.index()) {
            return false;
        }
        // "…, who added that a few people shouted": a clause someone else reports is content, not a reporting clause;
        // but right after a quote's closing mark ("“I'm voting for anyone but Hillary,” declared X") the cue reports
        // the quote, whatever verb inside it the parser hung the cue on
        if (tree.child(verb, "mark").isPresent() || isCue(tree.parent(verb).get()) && !followsClosedQuote(tree, verb)) {
            return false;
        }
        boolean hasSubject = tree.child(verb, "nsubj").isPresent();
        for (IndexedWord object : tree.children(verb, "obj", "xcomp", "ccomp", "iobj")) {
            if (hasSubject || object.index() < verb.index() || !object.tag().startsWith("NN")) {
                return false;
            }
        }
        return endsReportingClause(tree, verb);
    }

    /** The cue comes right after a quote mark that a comma, question or exclamation mark closes: "[…],” said X". */
    private static boolean followsClosedQuote(ParseTree tree, IndexedWord verb) {
        int mark = verb.index() - 1;
        return mark > 2 && isQuoteMark(tree, mark) && tree.token(mark - 1).word().matches("[,?!]");
    }

    /** Nothing but the source, modifiers of the cue and punctuation follows the cue verb to the sentence end. */
    private static boolean endsReportingClause(ParseTree tree, IndexedWord verb) {
        TreeSet<Integer> clause = tree.subtree(verb, Set.of());
        for (int i = verb.index() + 1; i <= tree.size(); i++) {
            if (!clause.contains(i) && !tree.isPunctuation(i)) {
                if (tree.token(i).tag().equals("VBG") && tree.token(i - 1).word().equals(",")) {
                    return true; // "“…,” she said, taking a respite from her call sheet": the parser's root or not
                }
                Optional<TreeSet<Integer>> participle = trailingParticiple(tree, verb, i);
                if (participle.isEmpty()) {
                    return false;
                }
                i = participle.get().last();
            }
        }
        return true;
    }

    /**
     * "…, Al-Ahram said, citing the health ministry": a participle clause after the reporting clause, which the
     * parser hangs on the content's head, still belongs to the reporting clause.
     */
    private static Optional<TreeSet<Integer>> trailingParticiple(ParseTree tree, IndexedWord verb, int index) {
        IndexedWord head = tree.parent(verb).orElse(null);
        if (head == null) {
            return Optional.empty();
        }
        return tree.children(head, "dep", "advcl", "xcomp", "conj").stream()
                .filter(w -> w.index() == index && w.tag().equals("VBG"))
                .findFirst()
                .map(w -> tree.subtree(w, Set.of()));
    }

    private static boolean isCue(IndexedWord word) {
        return word.lemma() != null && word.tag().startsWith("VB") && CueWords.isCue(word.lemma().toLowerCase(Locale.ROOT));
    }

    /** Everything after the cue to the sentence's end: what a misparsed reporting clause says. */
    private static TreeSet<Integer> restOfSentence(ParseTree tree, IndexedWord verb) {
        return withoutEdgePunctuation(tree, new TreeSet<>(allTokens(tree).tailSet(verb.index() + 1)));
    }

    /** The sentence without the reporting clause: the longer side of it. */
    private static TreeSet<Integer> reportedRest(ParseTree tree, IndexedWord verb) {
        TreeSet<Integer> clause = tree.subtree(verb, Set.of());
        TreeSet<Integer> before = new TreeSet<>();
        for (int i = 1; i < clause.first(); i++) {
            before.add(i);
        }
        return withoutEdgePunctuation(tree, before);
    }

    private Optional<IndexedWord> source(ParseTree tree, IndexedWord verb, TreeSet<Integer> content) {
        IndexedWord at = verb;
        if (isTrailingReport(tree, verb)) {
            at = reportingAncestor(tree, verb).orElse(verb);
        }
        for (int depth = 0; depth < 4; depth++) {
            Optional<IndexedWord> subject = agent(tree, at);
            if (subject.isEmpty()) {
                // the first subject outside the content: a misparse can give the cue the content's nouns as subjects too
                subject = tree.children(at, "nsubj").stream().filter(w -> !content.contains(w.index())).findFirst();
            }
            if (subject.isEmpty() && (at != verb || verb.lemma().equals("quote"))) {
                subject = tree.child(at, "nsubj:pass"); // "Erdogan was quoted as saying…"
            }
            if (subject.isPresent() && !content.contains(subject.get().index())) {
                return subject;
            }
            if (at == verb) {
                // "“I do well,” said Iampaglia, who…": the parser may make the name a complement (xcomp) of the cue
                Optional<IndexedWord> inverted = tree.children(verb, "obj", "iobj", "dep", "appos", "obl:npmod", "nsubj",
                                "xcomp")
                        .stream()
                        .filter(w -> w.index() > verb.index() && !content.contains(w.index())
                                && (w.tag().startsWith("NN") || w.tag().startsWith("PRP")))
                        .findFirst();
                if (inverted.isPresent() && !CueWords.ADDRESSEE_OBJECT.contains(verb.lemma())) {
                    return inverted;
                }
            }
            String relation = tree.relation(at);
            Optional<IndexedWord> parent = tree.parent(at);
            IndexedWord current = at;
            Optional<IndexedWord> reporting = parent.flatMap(p -> siblingReportingVerb(tree, p, current));
            if (ParseTree.matches(relation, "dep", "advcl", "xcomp") && reporting.isPresent()) {
                at = reporting.get(); // "…dead, Al-Ahram said, citing the ministry": "citing" is Al-Ahram's
                continue;
            }
            if (at == verb && ParseTree.matches(relation, "dep")) {
                Optional<IndexedWord> stranded = subjectLeftBefore(tree, verb);
                if (stranded.isPresent() && !content.contains(stranded.get().index())) {
                    return stranded;
                }
            }
            if (at == verb && relation.equals("root")) {
                Optional<IndexedWord> before = nounPhraseEndingBefore(tree, verb);
                if (before.isPresent() && !content.contains(before.get().index())) {
                    return before;
                }
            }
            // coordinated verbs share their subject: "when Rubio thanked Miami and said [it was great to be home]"
            boolean climbs = ParseTree.matches(relation, "xcomp", "advcl", "dep") || relation.startsWith("conj");
            if (parent.isPresent() && isIssuedDocument(tree, at, parent.get())) {
                // "Chris Carr released a statement [confirming …]": the statement says it, its issuer is the source
                at = tree.parent(parent.get()).get();
                continue;
            }
            if (!climbs || parent.isEmpty()) {
                return Optional.empty();
            }
            at = parent.get();
        }
        return Optional.empty();
    }

    /**
     * "“The discussions on whether climate change is happening are over,” he added": a parse that gives the cue a
     * subject inside the quote it reports. The speaker is the name or pronoun between the closing mark and the cue,
     * else the first one after the cue ("…,” said Mr. Brown").
     */
    private static IndexedWord outsideQuoteMarks(ParseTree tree, IndexedWord source, IndexedWord verb) {
        if (!insideQuoteMarks(tree, source.index()) || insideQuoteMarks(tree, verb.index())) {
            return source;
        }
        for (int i = verb.index() - 1; i > source.index() && !isQuoteMark(tree, i); i--) {
            if (isNameOrPronoun(tree, i)) {
                return tree.word(i).orElse(source);
            }
        }
        for (int i = verb.index() + 1; i <= tree.size() && !isQuoteMark(tree, i); i++) {
            if (isNameOrPronoun(tree, i)) {
                while (i < tree.size() && tree.token(i + 1).tag().startsWith("NNP")) {
                    i++;
                }
                return tree.word(i).orElse(source);
            }
        }
        return source;
    }

    private static boolean isNameOrPronoun(ParseTree tree, int index) {
        String tag = tree.token(index).tag();
        return tag.equals("PRP") || tag.startsWith("NNP");
    }

    /**
     * Whether a token is inside quote marks: opening (``) and closing ('') marks as the tagger reads them, a sentence
     * whose first mark closes starting inside a quote; with only '' marks (typewriter quotes) every mark toggles.
     */
    private static boolean insideQuoteMarks(ParseTree tree, int index) {
        boolean typed = false;
        Boolean startsInside = null;
        for (int i = 1; i <= tree.size(); i++) {
            String tag = tree.token(i).tag();
            typed |= tag.equals("``");
            if (startsInside == null && (tag.equals("``") || tag.equals("''"))) {
                startsInside = tag.equals("''");
            }
        }
        boolean inside = typed && Boolean.TRUE.equals(startsInside);
        for (int i = 1; i < index; i++) {
            String tag = tree.token(i).tag();
            if (tag.equals("``")) {
                inside = true;
            } else if (tag.equals("''")) {
                inside = !typed ? !inside : false;
            }
        }
        return inside;
    }

    /** A cue verb hung on {@code head} before {@code participle}: the reporting clause the participle goes with. */
    private static Optional<IndexedWord> siblingReportingVerb(ParseTree tree, IndexedWord head, IndexedWord participle) {
        if (!participle.tag().equals("VBG")) {
            return Optional.empty();
        }
        return tree.children(head, "parataxis", "ccomp", "conj", "dep").stream()
                .filter(w -> w.index() > head.index() && w.index() < participle.index() && isCue(w))
                .reduce((first, second) -> second);
    }

    /**
     * "In a private autopsy commissioned by Clark's family, pathologist Dr. Bennet Omalu announced that…": the
     * parser, misled by the opening phrase, makes the subject an apposition inside it and leaves the cue with no
     * subject. A noun phrase ending right before the cue is then its subject.
     */
    /**
     * "…are home to 350,000 people, and aid workers have said they could…": a parse that hangs the cue on the sentence
     * by "dep" and its subject as a conjunct of the clause before (of "people") leaves the cue no subject. That
     * conjunct, right before the cue and its auxiliaries ("have", "had"), is the one saying it.
     */
    private static Optional<IndexedWord> subjectLeftBefore(ParseTree tree, IndexedWord verb) {
        int first = tree.children(verb, "aux").stream().mapToInt(IndexedWord::index).filter(i -> i < verb.index())
                .min().orElse(verb.index());
        return tree.words().stream().filter(word -> word.index() == first - 1)
                .filter(word -> word.tag().startsWith("NN") || word.tag().equals("PRP"))
                .filter(word -> ParseTree.matches(tree.relation(word), "conj"))
                .findFirst();
    }

    private static Optional<IndexedWord> nounPhraseEndingBefore(ParseTree tree, IndexedWord verb) {
        if (verb.index() < 2) {
            return Optional.empty();
        }
        IndexedWord head = null;
        for (IndexedWord word : tree.words()) {
            if (word.index() < verb.index() && ParseTree.matches(tree.relation(word), "appos", "nmod", "obl")
                    && (word.tag().startsWith("NN") || word.tag().startsWith("PRP"))
                    && tree.subtree(word, Set.of()).last() == verb.index() - 1) {
                head = word;
            }
        }
        return Optional.ofNullable(head);
    }

    /** The "by" phrase of a passive cue: "was first reported by MSNBC". */
    private static Optional<IndexedWord> agent(ParseTree tree, IndexedWord verb) {
        if (tree.children(verb, "aux:pass").isEmpty() && !verb.tag().equals("VBN")) {
            return Optional.empty();
        }
        return tree.children(verb, "obl").stream()
                .filter(o -> tree.children(o, "case").stream().anyMatch(c -> c.word().equalsIgnoreCase("by")))
                .findFirst();
    }

    /**
     * "…voters who support Sanders": a relative pronoun subject stands for the noun its clause modifies. The pronoun
     * stays the source as written (annotators mark "who"); the noun names the speaker.
     */
    private static IndexedWord antecedent(ParseTree tree, IndexedWord subject) {
        Optional<IndexedWord> clause = tree.parent(subject);
        if (RELATIVE_PRONOUNS.contains(subject.word().toLowerCase(Locale.ROOT)) && clause.isPresent()
                && tree.relation(clause.get()).startsWith("acl") && tree.parent(clause.get()).isPresent()) {
            return tree.parent(clause.get()).get();
        }
        return subject;
    }

    private static boolean isEvidenceSource(IndexedWord subject) {
        return CueWords.EVIDENCE_NOUNS.contains(subject.word().toLowerCase(Locale.ROOT))
                || subject.tag().startsWith("NNP");
    }

    /** The cue verb with the auxiliaries and negation right before it: "has said", "did not say". */
    private static TreeSet<Integer> cue(ParseTree tree, IndexedWord verb) {
        TreeSet<Integer> cue = new TreeSet<>();
        cue.add(verb.index());
        for (IndexedWord aux : tree.children(verb, "aux", "advmod")) {
            if (aux.index() < verb.index() && aux.index() >= verb.index() - 3
                    && (tree.relation(aux).startsWith("aux") || aux.word().equalsIgnoreCase("not"))) {
                cue.add(aux.index());
            }
        }
        return cue;
    }

    /**
     * "Kerry: [By law, the president sets…]", "Poll: [Trump ties Clinton…]": a headline's convention of a name and a
     * colon for who says what follows. The name must be a person or organisation by NER, or an evidence noun, so
     * that "12:50 p.m.:", "WASHINGTON:" and "Update:" stay what they are.
     */
    private Optional<ReportedSpeech> headlineColon(ParseTree tree, RecentSpeakers recent) {
        int colon = -1;
        for (int i = 2; i <= Math.min(tree.size(), MAX_HEADLINE_SOURCE_WORDS + 1); i++) {
            if (tree.token(i).word().equals(":")) {
                colon = i;
                break;
            }
        }
        if (colon < 0 || tree.size() - colon < MIN_HEADLINE_CONTENT_WORDS) {
            return Optional.empty();
        }
        for (int i = 1; i < colon; i++) {
            String ner = tree.token(i).ner();
            boolean named = "PERSON".equals(ner) || "ORGANIZATION".equals(ner);
            boolean evidence = CueWords.EVIDENCE_NOUNS.contains(tree.token(i).word().toLowerCase(Locale.ROOT));
            if (!named && !evidence && !tree.token(i).tag().equals("POS")) {
                return Optional.empty();
            }
        }
        int last = colon - 1;
        IndexedWord head = tree.words().stream().filter(w -> w.index() == last).findFirst().orElse(null);
        if (head == null) {
            return Optional.empty();
        }
        TreeSet<Integer> content = new TreeSet<>();
        for (int i = colon + 1; i <= tree.size(); i++) {
            content.add(i);
        }
        content = withoutEdgePunctuation(tree, content);
        return content.isEmpty() ? Optional.empty()
                : Optional.of(build(tree, head, new TreeSet<>(Set.of(colon)), content, "say", Quote.Kind.INDIRECT, recent));
    }

    /**
     * "his statement that…", "Trump's call for a ban on…", "Cruz's refusal to disavow…": a cue noun whose owner is
     * the source and whose clause or "of/for/on…" phrase is the content; the noun and the word bringing the content,
     * when it follows the noun, are the cue.
     */
    private Optional<ReportedSpeech> cueNoun(ParseTree tree, IndexedWord noun, RecentSpeakers recent) {
        String lemma = noun.lemma() == null ? noun.word().toLowerCase(Locale.ROOT) : noun.lemma().toLowerCase(Locale.ROOT);
        if (!CueWords.NOUN_CUES.contains(lemma) || noun.tag().startsWith("NNP")) {
            return Optional.empty();
        }
        Optional<IndexedWord> owner = tree.child(noun, "nmod:poss")
                .filter(o -> o.tag().startsWith("NN") || o.tag().startsWith("PRP"));
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        for (IndexedWord complement : tree.children(noun, "acl", "ccomp", "nmod")) {
            if (complement.index() < noun.index()) {
                continue;
            }
            Optional<IndexedWord> introducer = tree.children(complement, "case", "mark").stream().findFirst()
                    .filter(c -> CueWords.NOUN_CUE_PREPOSITIONS.contains(c.word().toLowerCase(Locale.ROOT)));
            if (introducer.isEmpty()) {
                continue;
            }
            TreeSet<Integer> content = tree.subtree(complement, Set.of());
            TreeSet<Integer> cue = new TreeSet<>(Set.of(noun.index()));
            if (introducer.get().index() == noun.index() + 1) {
                cue.add(introducer.get().index());
                content.remove(introducer.get().index());
            }
            content = withoutEdgePunctuation(tree, content);
            if (!content.isEmpty()) {
                return Optional.of(build(tree, owner.get(), cue, content, lemma,
                        introducer.get().word().equalsIgnoreCase("that") ? Quote.Kind.INDIRECT : Quote.Kind.STANCE, recent));
            }
        }
        return Optional.empty();
    }

    /** "According to X, …": X is the source; the clause the phrase modifies, without it, is the content. */
    private Optional<ReportedSpeech> accordingTo(ParseTree tree, IndexedWord according, RecentSpeakers recent) {
        if (!ParseTree.matches(tree.relation(according), "case") || tree.parent(according).isEmpty()) {
            return Optional.empty();
        }
        IndexedWord source = tree.parent(according).get();
        TreeSet<Integer> phrase = tree.subtree(source, Set.of());
        TreeSet<Integer> content = new TreeSet<>();
        Optional<IndexedWord> clause = tree.parent(source);
        TreeSet<Integer> scope = clause.isPresent() ? tree.subtree(clause.get(), Set.of()) : allTokens(tree);
        if (phrase.first() <= scope.first() && tree.parent(source).isPresent()) {
            scope = allTokens(tree);
        }
        // the longer contiguous side of the clause, without the "according to" phrase
        TreeSet<Integer> before = new TreeSet<>(scope.headSet(phrase.first()));
        TreeSet<Integer> after = new TreeSet<>(scope.tailSet(phrase.last() + 1));
        content.addAll(before.size() >= after.size() ? before : after);
        content = withoutEdgePunctuation(tree, content);
        if (content.isEmpty()) {
            return Optional.empty();
        }
        TreeSet<Integer> cue = new TreeSet<>(Set.of(according.index()));
        tree.child(according, "fixed").ifPresent(to -> cue.add(to.index()));
        return Optional.of(build(tree, source, cue, content, "according to", Quote.Kind.INDIRECT, recent));
    }

    private ReportedSpeech build(ParseTree tree, IndexedWord written, TreeSet<Integer> cue, TreeSet<Integer> content,
                                 String lemma, Quote.Kind kind, RecentSpeakers recent) {
        IndexedWord sourceHead = antecedent(tree, written);
        TreeSet<Integer> phrase = tree.subtree(sourceHead, NOT_SOURCE);
        phrase.removeAll(cue);
        phrase.removeAll(content);
        phrase.removeIf(i -> tree.token(i).word().equalsIgnoreCase("according")
                || tree.token(i).word().equalsIgnoreCase("to") && i < sourceHead.index()
                || tree.token(i).word().equalsIgnoreCase("by") && i < sourceHead.index()
                || tree.token(i).tag().equals("POS") && i > sourceHead.index()); // "Trump's call for…"
        int head = sourceHead.index();
        // "WASHINGTON — Sen. Chuck Grassley (R-Iowa) said…": a dateline before a dash is not part of the source
        phrase.removeIf(i -> i < head && phrase.subSet(i, true, head, false).stream().anyMatch(d -> isDash(tree, d)));
        TreeSet<Integer> source = withoutEdgePunctuation(tree, contiguousAround(phrase, sourceHead.index()));
        while (!source.isEmpty() && source.first() < head && tree.token(source.first()).tag().equals("CC")) {
            source.pollFirst(); // "…, and aid workers have said": the conjunction joins clauses, it names no one
        }
        if (source.isEmpty()) {
            source.add(sourceHead.index());
        }
        List<IndexedWord> earlierSubjects = new ArrayList<>();
        for (IndexedWord word : tree.words()) {
            if (word.index() < sourceHead.index() && ParseTree.matches(tree.relation(word), "nsubj")) {
                earlierSubjects.add(0, word);
            }
        }
        SpeakerResolver.Resolved resolved = speakers.resolve(tree, sourceHead, tree.begin(source.first()),
                tree.end(source.last()), earlierSubjects, recent);
        Speaker speaker = resolved.speaker();
        if (sourceHead != written) {
            speaker = new Speaker(speaker.entityId(), speaker.name(),
                    document.span(tree.begin(written.index()), tree.end(written.index())));
        }
        if (speaker.entityId() != null || !speaker.name().equals(speaker.span().text()) || !sourceHead.tag().startsWith("PRP")) {
            // an unresolved "we" or "I" is no one later pronouns could refer back to
            recent.remember(speaker, resolved.type(), resolved.plural(), speaker.span().text() + " " + speaker.name(),
                    resolved.gender());
        }
        return new ReportedSpeech(speaker, lemma,
                document.span(tree.begin(cue.first()), tree.end(cue.last())),
                document.span(tree.begin(content.first()), tree.end(content.last())),
                resolved.organisation(), kind);
    }

    private static TreeSet<Integer> contiguousAround(TreeSet<Integer> indexes, int head) {
        TreeSet<Integer> run = new TreeSet<>();
        if (!indexes.contains(head)) {
            return run;
        }
        for (int i = head; indexes.contains(i); i--) {
            run.add(i);
        }
        for (int i = head; indexes.contains(i); i++) {
            run.add(i);
        }
        return run;
    }

    private static TreeSet<Integer> withoutEdgePunctuation(ParseTree tree, TreeSet<Integer> indexes) {
        TreeSet<Integer> trimmed = new TreeSet<>(indexes);
        while (!trimmed.isEmpty() && isTrimmable(tree, trimmed.first())) {
            trimmed.pollFirst();
        }
        while (!trimmed.isEmpty() && isTrimmable(tree, trimmed.last())) {
            trimmed.pollLast();
        }
        return trimmed;
    }

    /** Commas, dashes and full stops at a phrase edge; quote marks stay, as annotators keep them. */
    private static boolean isTrimmable(ParseTree tree, int index) {
        return tree.isPunctuation(index) && !isQuoteMark(tree, index);
    }

    private static boolean isDash(ParseTree tree, int index) {
        return tree.token(index).word().matches("[—–]|--|-");
    }

    private static boolean isQuoteMark(ParseTree tree, int index) {
        return tree.token(index).word().matches("[\"“”‘’']+|``|''");
    }

    private static TreeSet<Integer> allTokens(ParseTree tree) {
        TreeSet<Integer> all = new TreeSet<>();
        for (int i = 1; i <= tree.size(); i++) {
            all.add(i);
        }
        return all;
    }
}
