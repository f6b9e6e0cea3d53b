package org.sitrep.link.entities;

import java.util.LinkedHashSet;
import java.util.Set;
import org.sitrep.model.EntityType;

/**
 * The keys a name group is filed under: only groups sharing a key are compared, so resolution never compares all
 * pairs of a corpus. Each rule's candidates share one of its keys: a surname (person name parts), an acronym
 * (acronym and expansion), a name or alias (shared alias), a head word ("the Observatory"), a description, a
 * gazetteer place. Keys carry the type, so a person and an organisation never meet.
 */
final class BlockingKeys {

    private BlockingKeys() {}

    static Set<String> of(NameGroup group) {
        Set<String> keys = new LinkedHashSet<>();
        String type = group.type + "|";
        if (group.person()) {
            if (!group.words().isEmpty()) {
                keys.add(type + "surname:" + group.words().getLast());
            }
            return keys;
        }
        MergeRules.namesOf(group).forEach(name -> keys.add(type + "alias:" + name));
        String initials = NameForms.initials(group.name);
        keys.add(type + "acronym:" + (initials.isEmpty() ? group.name.replace(" ", "") : initials));
        keys.add(type + "head:" + NameForms.head(group.name));
        if (group.type == EntityType.ORGANIZATION) {
            group.descriptions.forEach(description -> keys.add(type + "description:" + description));
        }
        group.placeIds.forEach(id -> keys.add(type + "place:" + id));
        return keys;
    }
}
