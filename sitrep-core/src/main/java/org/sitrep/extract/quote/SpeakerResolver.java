package org.sitrep.extract.quote;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.Document;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityType;
import org.sitrep.model.Speaker;
import org.sitrep.model.Span;

/**
 * Turns a source phrase into a {@link Speaker}: the entity whose mention covers the phrase's head word; for a
 * pronoun or a definite role noun ("he", "the monitor"), the recent speaker it refers back to; otherwise the phrase
 * itself, unlinked ("aid workers").
 */
final class SpeakerResolver {

    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "you", "him", "her",
            "them");
    private static final Set<EntityType> SPEAKING = Set.of(EntityType.PERSON, EntityType.ORGANIZATION,
            EntityType.GROUP, EntityType.GPE);

    /** A speaker with what the phrase told about them. */
    record Resolved(Speaker speaker, EntityType type, boolean plural, String organisation, Gender gender) {}

    private static final Set<EntityType> NAMING = Set.of(EntityType.PERSON, EntityType.ORGANIZATION,
            EntityType.GROUP);

    private record Mention(Entity entity, Span span) {}

    private static boolean fits(String pronoun, EntityType type) {
        return switch (pronoun) {
            case "he", "she" -> type == EntityType.PERSON;
            case "it", "they" -> type == EntityType.ORGANIZATION || type == EntityType.GPE || type == EntityType.GROUP;
            default -> false;
        };
    }

    private final Document document;
    private final List<Mention> mentions = new ArrayList<>();

    SpeakerResolver(Document document, List<Entity> entities) {
        this.document = document;
        for (Entity entity : entities) {
            entity.mentions().forEach(span -> mentions.add(new Mention(entity, span)));
        }
        mentions.sort(Comparator.comparingInt(m -> m.span().begin()));
    }

    /**
     * @param earlierSubjects heads of the subjects before the source in its sentence, nearest first: a pronoun
     *                        refers back to one of them before it refers to an earlier speaker
     */
    Resolved resolve(ParseTree tree, IndexedWord head, int begin, int end, List<IndexedWord> earlierSubjects,
                     RecentSpeakers recent) {
        Span phrase = document.span(begin, end);
        String headWord = head.word().toLowerCase(Locale.ROOT);
        boolean plural = head.tag().endsWith("S") || headWord.equals("they") || phrase.text().contains(" and ");
        Gender gender = genderOf(phrase.text());
        Optional<Mention> named = mentionAt(tree.begin(head.index()), tree.end(head.index()));
        if (named.isEmpty() && PRONOUNS.contains(headWord)) {
            Span pronoun = document.span(tree.begin(head.index()), tree.end(head.index()));
            for (IndexedWord subject : earlierSubjects) {
                Optional<Mention> m = mentionAt(tree.begin(subject.index()), tree.end(subject.index()));
                if (m.isPresent() && fits(headWord, m.get().entity().type())) {
                    Entity e = m.get().entity();
                    return new Resolved(new Speaker(e.id(), e.canonicalName(), pronoun), e.type(),
                            headWord.equals("they"), null, Gender.of(headWord));
                }
            }
            Optional<Resolved> speaker = recent.forPronoun(headWord)
                    .map(r -> new Resolved(new Speaker(r.speaker().entityId(), r.speaker().name(), pronoun), r.type(),
                            r.plural(), null, Gender.of(headWord)));
            if (speaker.isPresent()) {
                return speaker.get();
            }
            // no speaker yet: the pronoun refers back to the last name it fits ("Minister X visited… “…,” he said")
            Mention latest = null;
            for (Mention m : mentions) {
                if (m.span().end() <= pronoun.begin() && fits(headWord, m.entity().type())) {
                    latest = m;
                }
            }
            if (latest != null) {
                Entity e = latest.entity();
                return new Resolved(new Speaker(e.id(), e.canonicalName(), pronoun), e.type(), headWord.equals("they"),
                        null, Gender.of(headWord));
            }
            return new Resolved(new Speaker(null, pronoun.text(), pronoun), null, plural, null, Gender.of(headWord));
        }
        if (named.isEmpty() && head.tag().startsWith("NN") && isDefinite(tree, head)) {
            Optional<Resolved> role = byRole(headWord, phrase, plural, recent);
            if (role.isPresent()) {
                return role.get();
            }
        }
        if (named.isEmpty() && head.tag().startsWith("NN")) {
            // "monitor the Syrian Observatory…", "Office for the Coordination of…": the name after a common noun
            named = mentionsWithin(tree.end(head.index()), end).stream()
                    .filter(m -> NAMING.contains(m.entity().type())).findFirst();
        }
        if (named.isEmpty()) {
            // "Observatory figures", "the UN's experts": the owner named before the head
            named = mentionsWithin(begin, tree.end(head.index())).stream()
                    .filter(m -> SPEAKING.contains(m.entity().type())).findFirst();
        }
        String organisation = organisation(begin, end, named.map(Mention::entity).orElse(null));
        if (named.isPresent()) {
            Entity entity = named.get().entity();
            return new Resolved(new Speaker(entity.id(), entity.canonicalName(), phrase), entity.type(),
                    plural && entity.type() != EntityType.PERSON, organisation, gender);
        }
        return new Resolved(new Speaker(null, phrase.text(), phrase), null, plural, organisation, gender);
    }

    /** "the monitor", "the spokeswoman": the recent speaker or described entity that role names. */
    private Optional<Resolved> byRole(String role, Span phrase, boolean plural, RecentSpeakers recent) {
        Optional<RecentSpeakers.Remembered> remembered = recent.withRole(role);
        if (remembered.isPresent()) {
            Speaker s = remembered.get().speaker();
            return Optional.of(new Resolved(new Speaker(s.entityId(), s.name(), phrase), remembered.get().type(),
                    remembered.get().plural(), null, recent.genderOf(s)));
        }
        Mention latest = null;
        for (Mention m : mentions) {
            if (m.span().begin() < phrase.begin() && m.entity().descriptions().stream()
                    .anyMatch(d -> d.toLowerCase(Locale.ROOT).matches("(?s).*\\b" + role + "$"))) {
                latest = m;
            }
        }
        if (latest == null) {
            return Optional.empty();
        }
        Entity e = latest.entity();
        return Optional.of(new Resolved(new Speaker(e.id(), e.canonicalName(), phrase), e.type(), plural, null,
                genderOf(phrase.text())));
    }

    private static boolean isDefinite(ParseTree tree, IndexedWord head) {
        return tree.children(head, "det").stream().anyMatch(d -> d.word().equalsIgnoreCase("the"))
                && tree.children(head, "compound", "amod", "nmod").isEmpty();
    }

    private Optional<Mention> mentionAt(int begin, int end) {
        return mentions.stream().filter(m -> m.span().begin() <= begin && end <= m.span().end()).findFirst();
    }

    private List<Mention> mentionsWithin(int begin, int end) {
        return mentions.stream().filter(m -> begin <= m.span().begin() && m.span().end() <= end).toList();
    }

    /** An organisation named in the source phrase besides the speaker: "OCHA spokeswoman", "of the Red Crescent". */
    private String organisation(int begin, int end, Entity speaker) {
        if (speaker != null && speaker.type() != EntityType.PERSON) {
            return null;
        }
        return mentionsWithin(begin, end).stream()
                .map(Mention::entity)
                .filter(e -> e != speaker && (e.type() == EntityType.ORGANIZATION || e.type() == EntityType.GROUP))
                .map(Entity::canonicalName)
                .findFirst().orElse(null);
    }

    private static Gender genderOf(String phrase) {
        for (String word : phrase.split("[\\s,]+")) {
            Gender g = Gender.of(word);
            if (g != Gender.UNKNOWN) {
                return g;
            }
        }
        return Gender.UNKNOWN;
    }
}
