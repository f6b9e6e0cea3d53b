package org.sitrep.link.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sitrep.model.CrossDocumentEntity;
import org.sitrep.model.Dossier;
import org.sitrep.model.Entity;
import org.sitrep.testing.Samples;

/** The two sample reports (AFP, Reuters): who they both name, resolved into one entity each. */
class SampleCrossDocumentEntitiesTest {

    private final Dossier dossier = Samples.dated();

    @Test
    void theSyrianObservatoryIsOneEntityAcrossBothReports() {
        CrossDocumentEntity observatory = named("Syrian Observatory for Human Rights");

        assertThat(observatory.members()).extracting(CrossDocumentEntity.Member::documentId)
                .containsExactlyInAnyOrderElementsOf(documentIds());
        assertThat(observatory.aliases()).contains("Observatory");
        assertThat(dossier.crossDocumentEntities())
                .filteredOn(entity -> entity.canonicalName().contains("Observatory")).hasSize(1);
    }

    @Test
    void erdoganIsOnePerson() {
        CrossDocumentEntity erdogan = named("Recep Tayyip Erdogan");

        assertThat(erdogan.type()).isEqualTo(org.sitrep.model.EntityType.PERSON);
        assertThat(erdogan.aliases()).contains("Tayyip Erdogan");
        assertThat(erdogan.members()).extracting(CrossDocumentEntity.Member::documentId)
                .containsExactlyInAnyOrderElementsOf(documentIds());
        assertThat(erdogan.evidence()).extracting(CrossDocumentEntity.Evidence::rule)
                .contains(CrossDocumentEntity.Rule.PERSON_NAME_PART);
    }

    @Test
    void noPersonMergesWithAnOrganisationAndEveryEntityIsInExactlyOne() {
        Map<String, Entity> byId = dossier.documents().stream().flatMap(a -> a.entities().stream())
                .collect(Collectors.toMap(Entity::id, Function.identity()));

        assertThat(dossier.crossDocumentEntities()).allSatisfy(entity -> assertThat(entity.members())
                .allSatisfy(member -> assertThat(byId.get(member.entityId()).type()).isEqualTo(entity.type())));
        assertThat(dossier.crossDocumentEntities().stream().flatMap(e -> e.members().stream())
                .map(CrossDocumentEntity.Member::entityId)).containsExactlyInAnyOrderElementsOf(byId.keySet());
    }

    private java.util.List<String> documentIds() {
        return dossier.documents().stream().map(a -> a.document().id()).toList();
    }

    private CrossDocumentEntity named(String name) {
        return dossier.crossDocumentEntities().stream().filter(entity -> entity.canonicalName().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no " + name + " in " + dossier.crossDocumentEntities()));
    }
}
