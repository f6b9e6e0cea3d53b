package org.sitrep.link.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.link.claims.ClaimGroups;
import org.sitrep.model.Attribution;
import org.sitrep.model.Claim;
import org.sitrep.model.CrossDocumentEntity;
import org.sitrep.model.CrossDocumentEntity.Rule;
import org.sitrep.model.Document;
import org.sitrep.model.DocumentAnalysis;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityType;
import org.sitrep.model.Interval;
import org.sitrep.model.PublicationDate;
import org.sitrep.model.Span;
import org.sitrep.model.Speaker;

/** Each merge rule on hand-built entities, one document per report. */
class CrossDocumentEntitiesTest {

    private int documents;

    @Test
    void namesWrittenAlikeOnceFoldedAreOneEntity() {
        var resolved = resolve(doc(org("U.N. Security Council")), doc(org("UN Security Council")));

        CrossDocumentEntity council = only(resolved);
        assertThat(council.members()).hasSize(2);
        assertThat(council.evidence()).extracting(CrossDocumentEntity.Evidence::rule).containsExactly(Rule.SAME_NAME);
        assertThat(council.aliases()).hasSize(1);
    }

    @Test
    void aPersonsShorterNameWithTheSameSurnameIsThatPerson() {
        var resolved = resolve(doc(person("Recep Tayyip Erdogan")), doc(person("Tayyip Erdogan")));

        CrossDocumentEntity erdogan = only(resolved);
        assertThat(erdogan.canonicalName()).isEqualTo("Recep Tayyip Erdogan");
        assertThat(erdogan.aliases()).containsExactly("Tayyip Erdogan");
        var evidence = erdogan.evidence().getFirst();
        assertThat(evidence.rule()).isEqualTo(Rule.PERSON_NAME_PART);
        assertThat(evidence.names()).containsExactlyInAnyOrder("Recep Tayyip Erdogan", "Tayyip Erdogan");
        assertThat(evidence.documents()).containsExactlyInAnyOrder("doc1", "doc2");
    }

    @Test
    void aConflictingFirstNameKeepsTwoPeopleApart() {
        assertThat(resolve(doc(person("Bashar al-Assad")), doc(person("Hafez al-Assad")))).hasSize(2);
    }

    @Test
    void aSurnameThatFitsTwoDifferentPeopleMergesWithNeither() {
        var resolved = resolve(doc(person("Bashar al-Assad")), doc(person("Hafez al-Assad")), doc(person("Assad")));

        assertThat(resolved).hasSize(3);
    }

    @Test
    void anAcronymIsTheOrganisationWhoseInitialsItIs() {
        var resolved = resolve(doc(org("Office for the Coordination of Humanitarian Affairs")), doc(org("OCHA")),
                doc(org("SOHR")), doc(org("Syrian Observatory for Human Rights")));

        assertThat(resolved).hasSize(2).allSatisfy(entity -> {
            assertThat(entity.members()).hasSize(2);
            assertThat(entity.evidence()).extracting(CrossDocumentEntity.Evidence::rule).containsExactly(Rule.ACRONYM);
        });
        assertThat(resolved).extracting(CrossDocumentEntity::canonicalName)
                .containsExactly("Office for the Coordination of Humanitarian Affairs", "Syrian Observatory for Human Rights");
    }

    @Test
    void aNameInLowerCaseIsNotTakenForAnAcronym() {
        assertThat(resolve(doc(org("Unity")), doc(org("Ulster Nationalist Independent Team Youth")))).hasSize(2);
    }

    @Test
    void oneReportsAliasIsAnothersName() {
        var resolved = resolve(doc(org("Syrian Observatory for Human Rights", "Observatory")), doc(org("the Observatory")));

        CrossDocumentEntity observatory = only(resolved);
        assertThat(observatory.canonicalName()).isEqualTo("Syrian Observatory for Human Rights");
        assertThat(observatory.evidence().getFirst().rule()).isEqualTo(Rule.SHARED_ALIAS);
    }

    @Test
    void organisationsDescribedAlikeAreOne() {
        var resolved = resolve(doc(described(org("Syrian Observatory for Human Rights"), "a Britain-based monitor")),
                doc(described(org("Syrian Observatory"), "Britain-based monitor")));

        assertThat(only(resolved).evidence().getFirst().rule()).isEqualTo(Rule.SHARED_DESCRIPTION);
    }

    @Test
    void aBareRoleNounIsNotEnoughToMerge() {
        assertThat(resolve(doc(described(org("Nusra Front"), "group")), doc(described(org("Islamic State"), "group"))))
                .hasSize(2);
    }

    @Test
    void twoSpellingsTheGazetteerPutAtOnePlaceAreOne() {
        var resolved = resolve(doc(place("Tal Rafaat", "170017")), doc(place("Tal Rifaat", "170017")));

        assertThat(only(resolved).evidence().getFirst().rule()).isEqualTo(Rule.SAME_PLACE);
    }

    @Test
    void aPersonNeverMergesWithAnOrganisationOrAPlace() {
        var resolved = resolve(doc(person("Mayer")), doc(place("Mayer", null)), doc(org("Mayer")),
                doc(org("Tayyip Erdogan")), doc(person("Recep Tayyip Erdogan")));

        assertThat(resolved).hasSize(5);
    }

    @Test
    void namesOneReportKeptApartAreNotMergedOnTheirOwn() {
        assertThat(resolve(doc(person("Recep Tayyip Erdogan"), person("Tayyip Erdogan")))).hasSize(2);
    }

    @Test
    void membersPointBackToTheirDocumentsEntities() {
        var resolved = resolve(doc(org("OCHA"), person("Linda Tom")), doc(org("OCHA")));

        assertThat(resolved.getFirst().members()).containsExactly(
                new CrossDocumentEntity.Member("doc1", "doc1-e1"), new CrossDocumentEntity.Member("doc2", "doc2-e1"));
        assertThat(resolved.getFirst().id()).isEqualTo("xe-doc1-e1");
    }

    @Test
    void aSpeakerTwoReportsNameDifferentlyCountsOnceAmongIndependentSources() {
        var afp = doc(person("Recep Tayyip Erdogan")).withClaims(List.of(claim("doc1", "doc1-e1", "Recep Tayyip Erdogan")));
        var reuters = doc(person("Tayyip Erdogan")).withClaims(List.of(claim("doc2", "doc2-e1", "Tayyip Erdogan")));
        var documents = List.of(afp, reuters);

        var unresolved = ClaimGroups.of(documents).getFirst();
        var resolved = ClaimGroups.of(documents, CrossDocumentEntities.of(documents)::nameOf).getFirst();

        assertThat(unresolved.independentSources()).isEqualTo(2);
        assertThat(resolved.independentSources()).isEqualTo(1);
        assertThat(resolved.sources()).containsExactly("Recep Tayyip Erdogan");
    }

    // --- hand-built documents and entities; entity ids are given when the document is built

    private static List<CrossDocumentEntity> resolve(DocumentAnalysis... documents) {
        return CrossDocumentEntities.of(Arrays.asList(documents)).entities();
    }

    private static CrossDocumentEntity only(List<CrossDocumentEntity> entities) {
        assertThat(entities).hasSize(1);
        return entities.getFirst();
    }

    private DocumentAnalysis doc(Entity... entities) {
        String id = "doc" + (++documents);
        Document document = new Document(id, id + ".txt", null, "Outlet " + id, null, List.of(), null, null, List.of(),
                PublicationDate.parse("2016-02-05", "test"), "en", null, "", "", List.of(), Instant.EPOCH);
        List<Entity> numbered = new ArrayList<>();
        for (int i = 0; i < entities.length; i++) {
            Entity e = entities[i];
            numbered.add(new Entity(id + "-e" + (i + 1), e.canonicalName(), e.type(), e.aliases(), e.mentions(),
                    e.descriptions(), e.placeId()));
        }
        return DocumentAnalysis.empty(document).withEntities(numbered);
    }

    private static Entity person(String name) {
        return new Entity("", name, EntityType.PERSON, List.of(), List.of(), List.of(), null);
    }

    private static Entity org(String name, String... aliases) {
        return new Entity("", name, EntityType.ORGANIZATION, List.of(aliases), List.of(), List.of(), null);
    }

    private static Entity place(String name, String placeId) {
        return new Entity("", name, EntityType.LOCATION, List.of(), List.of(), List.of(), placeId);
    }

    private static Entity described(Entity entity, String description) {
        return new Entity(entity.id(), entity.canonicalName(), entity.type(), entity.aliases(), entity.mentions(),
                List.of(description), entity.placeId());
    }

    private static Claim claim(String documentId, String speakerId, String speaker) {
        return new Claim(new Span(documentId, 0, 1, "x"), "2.5 million", new Interval(2_500_000.0, true, 2_500_000.0,
                true, "EXACT"), null, null, "refugees_hosted", "refugees", null, null,
                new Attribution(new Speaker(speakerId, speaker, null), null, null), List.of());
    }
}
