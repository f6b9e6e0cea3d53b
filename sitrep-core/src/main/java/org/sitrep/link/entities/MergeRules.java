package org.sitrep.link.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.CrossDocumentEntity.Evidence;
import org.sitrep.model.CrossDocumentEntity.Rule;
import org.sitrep.model.EntityType;

/**
 * The rules two differently named groups are taken for one entity by, each giving its evidence. Types must agree:
 * a person is never an organisation, whatever the names share.
 */
final class MergeRules {

    /** A bare role noun ("group", "director") says what something is, not which one: it merges nothing. */
    private static final int MIN_DESCRIPTION_WORDS = 2;

    private MergeRules() {}

    static Optional<Evidence> test(NameGroup a, NameGroup b) {
        if (a.type != b.type || a.name.equals(b.name)) {
            return Optional.empty();
        }
        if (a.person()) {
            return personNamePart(a, b);
        }
        return acronym(a, b).or(() -> acronym(b, a)).or(() -> sharedAlias(a, b)).or(() -> sharedDescription(a, b))
                .or(() -> samePlace(a, b));
    }

    /**
     * Every word of the shorter name is in the longer one and the last words (the surnames) agree: "Tayyip
     * Erdogan" of "Recep Tayyip Erdogan", "Assad" of "Bashar al-Assad". A first name the longer one lacks ("Hafez
     * al-Assad" against "Bashar al-Assad") is a conflict.
     */
    static Optional<Evidence> personNamePart(NameGroup a, NameGroup b) {
        List<String> shorter = a.words().size() <= b.words().size() ? a.words() : b.words();
        List<String> longer = shorter == a.words() ? b.words() : a.words();
        if (shorter.isEmpty() || shorter.size() == longer.size() || !shorter.getLast().equals(longer.getLast())
                || !new HashSet<>(longer).containsAll(shorter)) {
            return Optional.empty();
        }
        NameGroup part = shorter == a.words() ? a : b;
        NameGroup whole = part == a ? b : a;
        return Optional.of(evidence(Rule.PERSON_NAME_PART, part, whole, "“" + part.shown() + "” is part of “"
                + whole.shown() + "”: same surname, and no first name the fuller name lacks"));
    }

    /** "OCHA" written in capitals, and the initials of "Office for the Coordination of Humanitarian Affairs". */
    static Optional<Evidence> acronym(NameGroup shortForm, NameGroup expansion) {
        boolean writtenAsAcronym = shortForm.written.stream().anyMatch(NameForms::isAcronym);
        String initials = NameForms.initials(expansion.name);
        if (!writtenAsAcronym || initials.isEmpty() || !initials.equals(shortForm.name.replace(" ", ""))) {
            return Optional.empty();
        }
        return Optional.of(evidence(Rule.ACRONYM, shortForm, expansion, "“" + shortForm.shown()
                + "” is the initials of “" + expansion.shown() + "”"));
    }

    /** One report's name or alias for it is another's ("OCHA" named by one, given as an alias by the other). */
    static Optional<Evidence> sharedAlias(NameGroup a, NameGroup b) {
        Set<String> shared = new LinkedHashSet<>(namesOf(a));
        shared.retainAll(namesOf(b));
        return shared.stream().findFirst().map(name -> evidence(Rule.SHARED_ALIAS, a, b, "both go by “" + name + "”"));
    }

    /** Organisations described alike ("a Britain-based monitor"); people share roles too often for this. */
    static Optional<Evidence> sharedDescription(NameGroup a, NameGroup b) {
        if (a.type != EntityType.ORGANIZATION) {
            return Optional.empty();
        }
        return a.descriptions.stream()
                .filter(description -> NameForms.words(description).size() >= MIN_DESCRIPTION_WORDS)
                .filter(b.descriptions::contains)
                .findFirst()
                .map(description -> evidence(Rule.SHARED_DESCRIPTION, a, b, "both described as “" + description + "”"));
    }

    /** Two spellings the gazetteer put at the same place ("Tal Rafaat", "Tal Rifaat"). */
    static Optional<Evidence> samePlace(NameGroup a, NameGroup b) {
        return a.placeIds.stream().filter(b.placeIds::contains).findFirst()
                .map(id -> evidence(Rule.SAME_PLACE, a, b, "the gazetteer puts both at place " + id));
    }

    static Set<String> namesOf(NameGroup group) {
        Set<String> names = new LinkedHashSet<>(group.aliases);
        names.add(group.name);
        return names;
    }

    private static Evidence evidence(Rule rule, NameGroup a, NameGroup b, String reason) {
        List<String> documents = new ArrayList<>(a.documents);
        b.documents.stream().filter(id -> !documents.contains(id)).forEach(documents::add);
        return new Evidence(rule, List.of(a.shown(), b.shown()), documents, reason);
    }
}
