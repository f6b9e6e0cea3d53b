package org.sitrep.extract.event;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.Optional;
import java.util.Set;
import org.sitrep.extract.quote.ParseTree;

/**
 * Whether a trigger reports something that happened. Not events: the negated ("no major clashes occurred",
 * "did not arrest"), the modal and future ("could seize", "would be sent"), the conditional ("if he asks"), and
 * what is only planned, threatened, expected, denied or called for ("threatened to attack", "talks are expected
 * to resume", "denied an agreement had been reached"), also in a conjunct ("plotted to execute … and then attack"). An explosion that "failed to" happen is a disrupted
 * weapons use, which ACLED codes.
 */
final class Modality {

    enum Status { ASSERTED, NOT_ASSERTED, FAILED }

    private static final Set<String> MODALS = Set.of("could", "may", "might", "would", "will", "should", "shall",
            "must", "can", "'ll", "'d", "wo", "ca");
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no");
    private static final Set<String> CONDITIONS = Set.of("if", "unless", "whether");
    /** Verbs and nouns under which an event is intended, feared or disputed, not reported. */
    private static final Set<String> IRREALIS = Set.of("threaten", "threat", "plan", "plot", "vow", "expect", "aim",
            "intend", "want", "seek", "hope", "prepare", "propose", "promise", "pledge", "deny", "refuse", "warn",
            "urge", "call", "demand", "consider", "discuss", "attempt", "try", "encourage", "fear", "risk",
            "prospect", "need", "ready", "able", "allow", "avoid", "prevent", "stop", "halt", "set", "schedule", "due");
    /** Relations by which a word's meaning depends on its parent's mood. */
    private static final String[] GOVERNED = {"xcomp", "ccomp", "obj", "nsubj", "csubj", "advcl", "acl", "compound",
            "dep", "conj"};
    /**
     * Of those, the relations by which a word is what its parent wants, plans or denies: its complement, not its
     * subject ("talks … aim to find a solution": the talks are held; "talks are expected to resume": they are not).
     */
    private static final String[] COMPLEMENTS = {"xcomp", "ccomp", "obj", "advcl", "acl", "compound", "nsubj:pass",
            "dep"};
    private static final int MAX_STEPS = 4;

    private Modality() {}

    static Status of(EventSentence sentence, IndexedWord trigger) {
        ParseTree tree = sentence.tree();
        if (negatedOrModal(sentence, trigger) || purpose(sentence, trigger) || activity(sentence, trigger)) {
            return Status.NOT_ASSERTED;
        }
        IndexedWord word = trigger;
        for (int step = 0; step < MAX_STEPS; step++) {
            String relation = tree.relation(word);
            Optional<IndexedWord> parent = tree.parent(word);
            if (parent.isEmpty() || !ParseTree.matches(relation, GOVERNED)) {
                return Status.ASSERTED;
            }
            String lemma = sentence.lemma(parent.get());
            if (lemma.equals("fail") && ParseTree.matches(relation, "xcomp")) {
                return Status.FAILED;
            }
            if ((IRREALIS.contains(lemma) && ParseTree.matches(relation, COMPLEMENTS))
                    || negatedOrModal(sentence, parent.get()) || purpose(sentence, parent.get())) {
                return Status.NOT_ASSERTED;
            }
            word = parent.get();
        }
        return Status.ASSERTED;
    }

    /** "Attacking churches … is prohibited": a gerund as a subject names a kind of act, not an act. */
    private static boolean activity(EventSentence sentence, IndexedWord trigger) {
        return sentence.tag(trigger).equals("VBG") && ParseTree.matches(sentence.tree().relation(trigger), "nsubj", "csubj");
    }

    /** "formed … to fight for independence", "a decision to attack": an infinitive of purpose or intent. */
    private static boolean purpose(EventSentence sentence, IndexedWord trigger) {
        ParseTree tree = sentence.tree();
        return ParseTree.matches(tree.relation(trigger), "advcl", "acl")
                && tree.children(trigger, "mark").stream().anyMatch(mark -> sentence.lemma(mark).equals("to"));
    }

    private static boolean negatedOrModal(EventSentence sentence, IndexedWord word) {
        ParseTree tree = sentence.tree();
        return tree.children(word, "aux").stream().anyMatch(aux -> MODALS.contains(sentence.lemma(aux)))
                || tree.children(word, "advmod", "det", "neg").stream()
                        .anyMatch(child -> NEGATIONS.contains(sentence.lemma(child)))
                || tree.children(word, "mark").stream().anyMatch(mark -> CONDITIONS.contains(sentence.lemma(mark)));
    }
}
