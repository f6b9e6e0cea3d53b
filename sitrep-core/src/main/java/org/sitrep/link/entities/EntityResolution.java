package org.sitrep.link.entities;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.CrossDocumentEntity;
import org.sitrep.model.Speaker;

/** The cross-document entities of a set of documents, and which one each per-document entity belongs to. */
public final class EntityResolution {

    private final List<CrossDocumentEntity> entities;
    private final Map<String, CrossDocumentEntity> byEntityId = new HashMap<>();

    EntityResolution(List<CrossDocumentEntity> entities) {
        this.entities = List.copyOf(entities);
        // per-document entity ids carry their document's id, so they are unique across documents
        entities.forEach(entity -> entity.members().forEach(member -> byEntityId.put(member.entityId(), entity)));
    }

    public List<CrossDocumentEntity> entities() {
        return entities;
    }

    /**
     * How a speaker is named across reports: the canonical name of the entity it resolves to ("Recep Tayyip
     * Erdogan" for a report's "Tayyip Erdogan"), else the name the report gives it.
     */
    public String nameOf(Speaker speaker) {
        CrossDocumentEntity entity = speaker.entityId() == null ? null : byEntityId.get(speaker.entityId());
        return entity != null ? entity.canonicalName() : speaker.name();
    }
}
