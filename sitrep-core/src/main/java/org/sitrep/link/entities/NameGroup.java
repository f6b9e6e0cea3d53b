package org.sitrep.link.entities;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.model.CrossDocumentEntity.Member;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityType;

/**
 * The per-document entities of one type whose canonical names fold to the same form: they are one entity by the
 * same-name rule, and the rules that compare different names compare groups, so a name written in a thousand
 * reports is compared once, not a thousand times.
 */
final class NameGroup {

    final EntityType type;
    final String name;
    final Set<String> written = new LinkedHashSet<>();
    final Set<String> aliases = new LinkedHashSet<>();
    final Set<String> writtenAliases = new LinkedHashSet<>();
    final Set<String> descriptions = new LinkedHashSet<>();
    final Set<String> placeIds = new LinkedHashSet<>();
    final Set<String> documents = new LinkedHashSet<>();
    final List<Mentioned> members = new ArrayList<>();

    /** A member with its place in the input (document, then entity), so merged entities list members in order. */
    record Mentioned(int order, Member member) {}

    NameGroup(EntityType type, String name) {
        this.type = type;
        this.name = name;
    }

    static String keyOf(Entity entity) {
        return entity.type() + "|" + NameForms.normalise(entity.canonicalName());
    }

    void add(int order, String documentId, Entity entity) {
        members.add(new Mentioned(order, new Member(documentId, entity.id())));
        documents.add(documentId);
        written.add(entity.canonicalName());
        for (String alias : entity.aliases()) {
            writtenAliases.add(alias);
            aliases.add(NameForms.normalise(alias));
        }
        entity.descriptions().forEach(description -> descriptions.add(NameForms.description(description)));
        if (entity.placeId() != null) {
            placeIds.add(entity.placeId());
        }
    }

    List<String> words() {
        return NameForms.words(name);
    }

    /** The name as first written, for evidence. */
    String shown() {
        return written.iterator().next();
    }

    boolean person() {
        return type == EntityType.PERSON;
    }

    /** Found in one document only, and the same one as {@code other}: that document's extractor kept them apart. */
    boolean sameSingleDocument(NameGroup other) {
        return documents.size() == 1 && documents.equals(other.documents);
    }
}
