package org.sitrep.extract.event;

import edu.stanford.nlp.ling.IndexedWord;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.extract.quote.ParseTree;
import org.sitrep.model.EntityType;

/**
 * The words that signal events ({@code event-triggers.tsv}) and the argument classes some of them need
 * ({@code event-argument-classes.tsv}): "seize" with a town is territory taken, "close" with a border crossing is
 * a border closure. A trigger whose argument is itself a trigger consumes it ("the talks collapsed" is one event).
 */
final class TriggerLexicon {

    static final String PLACE = "place";
    private static final String WEAPON = "weapon";
    /** Relations by which a word's arguments hang from it. */
    private static final String[] ARGUMENTS = {"nsubj", "obj", "obl", "nmod", "compound", "iobj"};
    /** Relations by which a trigger modifies the noun that is its argument ("talks that collapsed", "kept … closed"). */
    private static final String[] MODIFYING = {"acl", "amod", "xcomp"};
    private static final Set<EntityType> PLACE_ENTITIES = Set.of(EntityType.LOCATION, EntityType.GPE);

    private final List<Cue> cues;
    private final Map<String, Set<String>> classes;

    private TriggerLexicon(List<Cue> cues, Map<String, Set<String>> classes) {
        this.cues = List.copyOf(cues);
        this.classes = Map.copyOf(classes);
    }

    static TriggerLexicon standard() {
        Map<String, Set<String>> classes = new HashMap<>();
        for (String[] row : rows("event-argument-classes.tsv", 2)) {
            classes.put(row[0], Set.of(row[1].split(",")));
        }
        List<Cue> cues = new ArrayList<>();
        for (String[] row : rows("event-triggers.tsv", 7)) {
            String[] words = row[0].split(" ");
            String argument = row[2].equals("-") ? null : row[2].substring(1);
            if (argument != null && !argument.equals(PLACE) && !classes.containsKey(argument)) {
                throw new IllegalStateException("event-triggers.tsv: unknown argument class @" + argument);
            }
            cues.add(new Cue(words.length > 1 ? words[0] : null, words[words.length - 1], row[1], argument,
                    row[3].equals("weak"), row[4].equals("-") ? Set.of() : Set.of(row[4].split(",")), row[5], row[6]));
        }
        return new TriggerLexicon(cues, classes);
    }

    /** The sentence's triggers in text order, weak ones only when there is no strong one, consumed ones left out. */
    List<Trigger> find(EventSentence sentence) {
        Set<String> lemmas = new HashSet<>();
        sentence.tree().words().forEach(word -> lemmas.add(sentence.lemma(word)));
        List<Trigger> found = new ArrayList<>();
        for (IndexedWord word : sentence.tree().words()) {
            match(sentence, word, lemmas).ifPresent(found::add);
        }
        Set<IndexedWord> consumed = new HashSet<>();
        found.stream().map(Trigger::argument).filter(a -> a != null).forEach(consumed::add);
        // "seized an arsenal of rifles, grenade launchers and hand grenades": the weapons seized are not explosions
        for (Trigger trigger : found) {
            if (WEAPON.equals(trigger.cue().argument())) {
                sentence.tree().subtree(trigger.argument(), Set.of()).forEach(index ->
                        sentence.tree().word(index).ifPresent(consumed::add));
            }
        }
        boolean anyStrong = found.stream().anyMatch(t -> !t.cue().weak());
        return found.stream()
                .filter(t -> !consumed.contains(t.word()) || t.argument() != null)
                .filter(t -> !t.cue().weak() || !anyStrong)
                .toList();
    }

    private Optional<Trigger> match(EventSentence sentence, IndexedWord word, Set<String> sentenceLemmas) {
        if (sentence.isNoun(word) && ParseTree.matches(sentence.tree().relation(word), "compound")) {
            return Optional.empty(); // "riot police", "an evacuation deal", "a bomb blast": the head noun says what it is
        }
        String lemma = sentence.lemma(word);
        String lower = word.word().toLowerCase(java.util.Locale.ROOT);
        for (Cue cue : cues) {
            if (!(cue.lemma().equals(lemma) || cue.lemma().equals(lower)) || !fitsPos(sentence, word, cue.pos())) {
                continue;
            }
            if (cue.modifier() != null && !modifiedBy(sentence, word, cue.modifier())) {
                continue;
            }
            if (cue.unless().stream().anyMatch(sentenceLemmas::contains)) {
                continue;
            }
            if (cue.argument() == null) {
                return Optional.of(new Trigger(word, cue, null));
            }
            Optional<IndexedWord> argument = arguments(sentence, word).stream()
                    .filter(a -> inClass(sentence, a, cue.argument())).findFirst();
            if (argument.isPresent()) {
                return Optional.of(new Trigger(word, cue, argument.get()));
            }
        }
        return Optional.empty();
    }

    private static boolean fitsPos(EventSentence sentence, IndexedWord word, String pos) {
        return switch (pos) {
            case "V" -> sentence.isVerb(word);
            case "N" -> sentence.isNoun(word);
            default -> sentence.isVerb(word) || sentence.isNoun(word) || sentence.tag(word).startsWith("JJ");
        };
    }

    private static boolean modifiedBy(EventSentence sentence, IndexedWord word, String modifier) {
        var tree = sentence.tree();
        boolean before = tree.word(word.index() - 1).map(w -> sentence.lemma(w).equals(modifier)).orElse(false);
        return before || tree.children(word, "compound", "amod").stream()
                .anyMatch(child -> sentence.lemma(child).equals(modifier));
    }

    /**
     * The words a trigger is about: its subjects, objects and nominal modifiers, with what they are coordinated
     * with or named by ("the towns of Mayer and Kafin"); and for a trigger modifying a noun, that noun and the
     * object of the verb it hangs from ("kept the crossing closed").
     */
    static List<IndexedWord> arguments(EventSentence sentence, IndexedWord word) {
        var tree = sentence.tree();
        List<IndexedWord> direct = new ArrayList<>(tree.children(word, ARGUMENTS));
        String relation = tree.relation(word);
        if (ParseTree.matches(relation, MODIFYING)) {
            tree.parent(word).ifPresent(parent -> {
                direct.add(parent);
                direct.addAll(tree.children(parent, "obj", "nsubj"));
            });
        }
        List<IndexedWord> all = new ArrayList<>();
        for (IndexedWord argument : direct) {
            all.add(argument);
            all.addAll(tree.children(argument, "conj", "appos", "nmod", "compound"));
        }
        return all;
    }

    private boolean inClass(EventSentence sentence, IndexedWord word, String argumentClass) {
        String lemma = sentence.lemma(word);
        if (argumentClass.equals(PLACE)) {
            return classes.getOrDefault(PLACE, Set.of()).contains(lemma)
                    || (sentence.isNoun(word) && sentence.placeAt(word).isPresent())
                    || sentence.entityAt(word).filter(m -> PLACE_ENTITIES.contains(m.entity().type())).isPresent();
        }
        return classes.getOrDefault(argumentClass, Set.of()).contains(lemma);
    }

    private static List<String[]> rows(String resource, int columns) {
        try (InputStream in = TriggerLexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource + " beside " + TriggerLexicon.class.getName());
            }
            List<String[]> rows = new ArrayList<>();
            List<String> lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] row = line.split("\t");
                if (row.length != columns) {
                    throw new IllegalStateException(resource + " line " + (i + 1) + ": expected " + columns
                            + " tab-separated columns, found " + row.length);
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** Rows of a tab-separated resource beside this class, for the other lexicons of this package. */
    static List<String[]> resourceRows(String resource, int columns) {
        return rows(resource, columns);
    }
}
