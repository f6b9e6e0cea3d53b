package org.sitrep.extract.event;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitrep.extract.quote.ParseTree;

/**
 * An event's parties from the trigger's arguments in the dependency parse. For a verb: the active subject, or the
 * "by" phrase of a passive, acts; the object, or the passive subject, or "fired on X", is acted on. For a noun: the
 * possessor, a demonym or name before it ("Russia's", "Russian", "PKK"), or "by X" acts; "on X", "against X" is
 * acted on; "between X and Y", "with Y" are both parties. A verb with no subject of its own takes its governor's
 * ("rebels retaliated, shelling the villages"; "accused the government of scuttling the deal" → the government),
 * a relative pronoun stands for its noun ("forces who severed the route"), and the subject of "claimed
 * responsibility for" the trigger acts. Associates: what backs the agent ("troops backed by Russia and Iran", "with
 * support from Russian air strikes") and what is coordinated with it ("government troops and their allies").
 * Only words that can name a party count ({@link ActorTyper#canName}); pronouns never do.
 */
final class ActorFinder {

    private static final Set<String> RELATIVES = Set.of("who", "which", "that", "whom");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they", "we", "i", "you", "them", "him",
            "her", "us", "this", "these", "those", "one", "some", "many", "others", "all");
    private static final Set<String> LIGHT_VERBS = Set.of("begin", "launch", "carry", "conduct", "stage", "wage",
            "join", "mount", "intensify", "escalate", "step", "continue", "resume", "unleash", "hold", "start",
            "perpetrate", "commit", "organise", "organize", "lead");
    private static final Set<String> CASUALTY_VERBS = Set.of("kill", "wound", "injure", "hurt", "die");
    private static final Set<String> CAUSATIVES = Set.of("keep", "leave", "make", "hold", "order", "force", "declare");
    private static final Set<String> BACKING = Set.of("back", "support", "assist", "help", "aid", "arm", "backing");
    private static final Set<String> AGENT_PREPOSITIONS = Set.of("by");
    private static final Set<String> PATIENT_PREPOSITIONS = Set.of("on", "against", "at", "upon");
    /** "the killing of an unarmed man", "the arrest of the suspects": a noun trigger's object. */
    private static final Set<String> NOUN_PATIENT_PREPOSITIONS = Set.of("on", "against", "at", "upon", "of");
    private static final Set<String> BOTH_PREPOSITIONS = Set.of("between", "with");

    private final ActorTyper typer;

    ActorFinder(ActorTyper typer) {
        this.typer = typer;
    }

    Parties find(EventSentence sentence, IndexedWord trigger) {
        ParseTree tree = sentence.tree();
        IndexedWord agent = null;
        IndexedWord patient = null;
        if (sentence.isVerb(trigger)) {
            boolean passive = !tree.children(trigger, "nsubj:pass", "aux:pass").isEmpty();
            if (passive) {
                agent = withPreposition(sentence, tree.children(trigger, "obl", "nmod"), AGENT_PREPOSITIONS);
                patient = party(sentence, tree.child(trigger, "nsubj:pass").orElse(null));
            } else {
                agent = party(sentence, tree.children(trigger, "nsubj").stream()
                        .filter(s -> tree.relation(s).equals("nsubj")).findFirst().orElse(null));
                patient = party(sentence, tree.child(trigger, "obj").orElse(null));
                if (patient == null) {
                    patient = withPreposition(sentence, tree.children(trigger, "obl"), PATIENT_PREPOSITIONS);
                }
                if (agent == null && !tree.children(trigger, "nsubj").isEmpty()) {
                    agent = relativeAntecedent(sentence, trigger);
                }
                if (agent == null && tree.children(trigger, "nsubj").isEmpty()) {
                    agent = inheritedSubject(sentence, trigger);
                }
                if (agent == null) {
                    agent = governingSubject(sentence, trigger, CAUSATIVES, "ccomp", "xcomp");
                }
            }
            if (patient == null) {
                patient = withPreposition(sentence, tree.children(trigger, "obl"), BOTH_PREPOSITIONS);
            }
        } else {
            agent = party(sentence, tree.children(trigger, "nmod:poss", "compound", "amod").stream()
                    .filter(w -> typer.canName(sentence, w)).findFirst().orElse(null));
            if (agent == null) {
                agent = withPreposition(sentence, tree.children(trigger, "nmod", "obl"), AGENT_PREPOSITIONS);
            }
            if (agent == null) {
                agent = claimant(sentence, trigger);
            }
            if (agent == null) {
                agent = governingSubject(sentence, trigger, LIGHT_VERBS, "obj", "obl");
            }
            patient = withPreposition(sentence, tree.children(trigger, "nmod"), NOUN_PATIENT_PREPOSITIONS);
            if (patient == null) {
                IndexedWord both = withPreposition(sentence, tree.children(trigger, "nmod"), BOTH_PREPOSITIONS);
                if (both != null) {
                    List<IndexedWord> coordinated = tree.children(both, "conj");
                    if (agent == null && !coordinated.isEmpty()) {
                        agent = both;
                        patient = party(sentence, coordinated.getFirst());
                    } else {
                        patient = both;
                    }
                }
            }
        }
        if (agent == null && patient == null) {
            List<IndexedWord> casualties = casualties(sentence, trigger);
            if (!casualties.isEmpty()) {
                agent = casualties.getFirst();
                patient = casualties.size() > 1 ? casualties.get(1) : null;
            }
        }
        return new Parties(agent, patient, associates(sentence, trigger, agent));
    }

    /**
     * "Two soldiers and 16 gunmen were killed in the battle", "protesters and police officers were injured in the
     * protests": those killed or hurt in an event were in it; the sides, in the order named.
     */
    private List<IndexedWord> casualties(EventSentence sentence, IndexedWord trigger) {
        ParseTree tree = sentence.tree();
        Optional<IndexedWord> harm = tree.parent(trigger)
                .filter(verb -> CASUALTY_VERBS.contains(sentence.lemma(verb)))
                .filter(verb -> ParseTree.matches(tree.relation(trigger), "obl", "nmod"));
        if (harm.isEmpty()) {
            return List.of();
        }
        Optional<IndexedWord> first = tree.child(harm.get(), "nsubj:pass").or(() -> tree.child(harm.get(), "nsubj"));
        List<IndexedWord> sides = new ArrayList<>();
        first.ifPresent(word -> {
            sides.add(word);
            sides.addAll(tree.children(word, "conj"));
        });
        return sides.stream().map(word -> party(sentence, word)).filter(word -> word != null).toList();
    }

    /** The word if it can name a party; for a thing that cannot ("the rebels' supply route"), its possessor. */
    IndexedWord party(EventSentence sentence, IndexedWord word) {
        if (word == null || PRONOUNS.contains(sentence.lemma(word)) || RELATIVES.contains(sentence.lemma(word))) {
            return null;
        }
        if (typer.canName(sentence, word)) {
            return word;
        }
        // "hundreds of rebels", "a group of protesters": the party is what the quantity counts
        var tree = sentence.tree();
        return tree.children(word, "nmod:poss", "nmod").stream()
                .filter(owner -> tree.relation(owner).equals("nmod:poss") || sentence.preposition(owner).equals("of"))
                .filter(owner -> typer.canName(sentence, owner)).findFirst().orElse(null);
    }

    private IndexedWord withPreposition(EventSentence sentence, List<IndexedWord> candidates, Set<String> prepositions) {
        for (IndexedWord candidate : candidates) {
            if (prepositions.contains(sentence.preposition(candidate))) {
                IndexedWord party = party(sentence, candidate);
                if (party != null) {
                    return party;
                }
                // "with support from dozens of Russian air strikes": the backer is a modifier of a thing
                Optional<IndexedWord> named = demonymOf(sentence, candidate);
                if (named.isPresent()) {
                    return named.get();
                }
            }
        }
        return null;
    }

    /** "forces who severed the route": the noun a relative clause's pronoun subject stands for. */
    private IndexedWord relativeAntecedent(EventSentence sentence, IndexedWord trigger) {
        ParseTree tree = sentence.tree();
        boolean relativeSubject = tree.children(trigger, "nsubj").stream()
                .anyMatch(s -> RELATIVES.contains(sentence.lemma(s)));
        if (relativeSubject && ParseTree.matches(tree.relation(trigger), "acl")) {
            return tree.parent(trigger).map(noun -> party(sentence, noun)).orElse(null);
        }
        return null;
    }

    /** The subject a verb shares with the verb it depends on; "accused X of doing", "enabled X to do": X. */
    private IndexedWord inheritedSubject(EventSentence sentence, IndexedWord trigger) {
        ParseTree tree = sentence.tree();
        String relation = tree.relation(trigger);
        Optional<IndexedWord> parent = tree.parent(trigger);
        if (parent.isPresent() && relation.equals("acl")) {
            return party(sentence, parent.get()); // "a U.S.-led coalition bombing Islamic State"
        }
        if (parent.isPresent() && relation.equals("amod")) {
            return objectsAgent(sentence, parent.get()); // "troops broke through …, choking opposition supply lines"
        }
        if (parent.isEmpty() || !ParseTree.matches(relation, "xcomp", "advcl", "conj")) {
            return null;
        }
        boolean objectControl = ParseTree.matches(relation, "xcomp")
                || tree.children(trigger, "mark").stream().anyMatch(mark -> sentence.lemma(mark).equals("of"));
        if (objectControl) {
            IndexedWord object = party(sentence, tree.child(parent.get(), "obj").orElse(null));
            if (object != null) {
                return object;
            }
        }
        IndexedWord subject = party(sentence, tree.child(parent.get(), "nsubj").orElse(null));
        boolean ownSubject = !tree.children(parent.get(), "nsubj").isEmpty();
        return subject != null || ownSubject || !sentence.isVerb(parent.get()) ? subject
                : inheritedSubject(sentence, parent.get());
    }

    /**
     * A participle modifying a noun ("choking opposition supply lines", "accused the government of sabotaging peace
     * talks") acts on that noun; who acts is who the noun's verb has acting: its subject, or for "accused X of", X.
     */
    private IndexedWord objectsAgent(EventSentence sentence, IndexedWord noun) {
        ParseTree tree = sentence.tree();
        Optional<IndexedWord> verb = tree.parent(noun).filter(sentence::isVerb);
        if (verb.isEmpty() || !ParseTree.matches(tree.relation(noun), "obj", "obl")) {
            return null;
        }
        if (sentence.preposition(noun).equals("of")) {
            IndexedWord object = party(sentence, tree.child(verb.get(), "obj").orElse(null));
            if (object != null) {
                return object;
            }
        }
        IndexedWord subject = party(sentence, tree.child(verb.get(), "nsubj").orElse(null));
        return subject != null || !tree.children(verb.get(), "nsubj").isEmpty() ? subject
                : inheritedSubject(sentence, verb.get());
    }

    /**
     * The subject of the verb the trigger completes, when that verb only says the event took place or was brought
     * about: "Russia began its aerial campaign", "Russia joined the war with air strikes" (a light verb and its
     * object), "Ankara has kept the border crossing closed" (a causative and its complement).
     */
    private IndexedWord governingSubject(EventSentence sentence, IndexedWord trigger, Set<String> verbs,
                                         String... relations) {
        ParseTree tree = sentence.tree();
        if (!ParseTree.matches(tree.relation(trigger), relations)) {
            return null;
        }
        return tree.parent(trigger)
                .filter(verb -> verbs.contains(sentence.lemma(verb)))
                .flatMap(verb -> tree.child(verb, "nsubj"))
                .map(subject -> party(sentence, subject))
                .orElse(null);
    }

    /** "Kurdish militants claimed responsibility for the bombings": the claimant. */
    private IndexedWord claimant(EventSentence sentence, IndexedWord trigger) {
        ParseTree tree = sentence.tree();
        return tree.parent(trigger)
                .filter(noun -> sentence.lemma(noun).equals("responsibility"))
                .flatMap(tree::parent)
                .filter(verb -> sentence.lemma(verb).equals("claim"))
                .flatMap(verb -> tree.child(verb, "nsubj"))
                .map(subject -> party(sentence, subject))
                .orElse(null);
    }

    private List<IndexedWord> associates(EventSentence sentence, IndexedWord trigger, IndexedWord agent) {
        ParseTree tree = sentence.tree();
        List<IndexedWord> found = new ArrayList<>();
        List<IndexedWord> around = new ArrayList<>();
        around.add(trigger);
        around.addAll(tree.children(trigger, "obl", "nmod"));
        if (agent != null) {
            around.add(agent);
            tree.children(agent, "conj").stream().map(w -> party(sentence, w)).filter(w -> w != null).forEach(found::add);
        }
        for (IndexedWord word : around) {
            for (IndexedWord modifier : tree.children(word, "acl", "amod")) {
                if (BACKING.contains(sentence.lemma(modifier))) {
                    backers(sentence, tree.children(modifier, "obl", "nmod"), found);
                }
            }
            if (word != trigger && BACKING.contains(sentence.lemma(word))) {
                backers(sentence, tree.children(word, "nmod", "obl"), found);
            }
        }
        found.remove(agent);
        return found.stream().distinct().toList();
    }

    private void backers(EventSentence sentence, List<IndexedWord> phrases, List<IndexedWord> into) {
        for (IndexedWord phrase : phrases) {
            IndexedWord backer = party(sentence, phrase);
            if (backer == null) {
                backer = demonymOf(sentence, phrase).orElse(null);
            }
            if (backer != null) {
                into.add(backer);
                sentence.tree().children(backer, "conj").stream().map(w -> party(sentence, w))
                        .filter(w -> w != null).forEach(into::add);
            }
        }
    }

    /** "dozens of Russian air strikes" → "Russian": a demonym or name modifying a thing, or the thing it counts. */
    private Optional<IndexedWord> demonymOf(EventSentence sentence, IndexedWord thing) {
        ParseTree tree = sentence.tree();
        List<IndexedWord> words = new ArrayList<>(List.of(thing));
        words.addAll(tree.children(thing, "nmod"));
        for (IndexedWord word : words) {
            Optional<IndexedWord> modifier = tree.children(word, "amod", "compound", "nmod:poss").stream()
                    .filter(m -> typer.countryOf(sentence, m).isPresent()).findFirst();
            if (modifier.isPresent()) {
                return modifier;
            }
        }
        return Optional.empty();
    }
}
