package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.DocumentAnalysis;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityType;
import org.sitrep.model.Span;
import org.sitrep.model.TimeRef;
import org.sitrep.testing.Samples;

/** The canonical first input: what an analyst must be able to trust in the samples' dossier. */
class SampleDossierTest {

    @Test
    void noJunkSurvivesInTheTextOrAsAnEntity() {
        for (DocumentAnalysis analysis : Samples.undated().documents()) {
            assertThat(analysis.document().cleanText())
                    .doesNotContain("Share To", "comments so far", "No comments yet", "Whatsapp", "migrantUp");
            assertThat(analysis.entities()).extracting(Entity::canonicalName)
                    .noneMatch(name -> name.matches("(?i).*(share|whatsapp|comment|migrant).*"));
        }
    }

    @Test
    void creditsAndWireAgenciesAreMetadata() {
        var afp = Samples.document(Samples.undated(), Samples.AFP).document();
        var reuters = Samples.document(Samples.undated(), Samples.REUTERS).document();

        assertThat(afp.wireAgency()).isEqualTo("AFP");
        assertThat(reuters.wireAgency()).isEqualTo("Reuters");
        assertThat(reuters.credits()).flatExtracting(c -> c.names()).contains("Suleiman al-Khalidi", "Pravin Char");
        assertThat(reuters.cleanText()).doesNotContain("editing by");
    }

    @Test
    void withoutAPublicationDateWeekdaysStayUnanchoredAndNothingIsResolvedAgainstToday() {
        String thisYear = String.valueOf(LocalDate.now().getYear());
        for (DocumentAnalysis analysis : Samples.undated().documents()) {
            assertThat(analysis.times()).isNotEmpty().allSatisfy(time -> {
                assertThat(time.anchored()).isFalse();
                assertThat(time.normalized() == null ? "" : time.normalized()).doesNotContain(thisYear);
            });
        }
        assertThat(times(Samples.undated(), Samples.AFP, "Thursday")).extracting(TimeRef::normalized)
                .containsOnly("XXXX-WXX-4");
    }

    @Test
    void withPublicationDatesWeekdaysAreAnchoredToTheRightCalendarDates() {
        var dated = Samples.dated();
        // Friday 5 February 2016: "said Thursday" is the day before, "on Friday" the same day.
        assertThat(times(dated, Samples.AFP, "Thursday")).extracting(TimeRef::normalized).containsOnly("2016-02-04");
        assertThat(times(dated, Samples.AFP, "Friday")).extracting(TimeRef::normalized).containsOnly("2016-02-05");
        assertThat(times(dated, Samples.AFP, "September 30")).extracting(TimeRef::normalized).containsOnly("2015-09-30");
        assertThat(times(dated, Samples.AFP, "February 11")).extracting(TimeRef::normalized).containsOnly("2016-02-11");
        // Monday 8 February 2016: "reach two Shi'ite towns … on Wednesday" went back five days.
        assertThat(times(dated, Samples.REUTERS, "Wednesday")).extracting(TimeRef::normalized).containsOnly("2016-02-03");
        assertThat(times(dated, Samples.REUTERS, "Monday")).extracting(TimeRef::normalized).containsOnly("2016-02-08");
        assertThat(times(dated, Samples.REUTERS, "Wednesday")).allSatisfy(time -> {
            assertThat(time.anchored()).isTrue();
            assertThat(time.anchor()).isEqualTo(LocalDate.of(2016, 2, 8));
        });
    }

    @Test
    void acronymsShortReferencesAndSurnamesJoinTheirFullNames() {
        List<Entity> afp = Samples.document(Samples.undated(), Samples.AFP).entities();

        assertThat(entityCalled(afp, "OCHA")).hasValueSatisfying(ocha ->
                assertThat(ocha.canonicalName()).isEqualTo("Office for the Coordination of Humanitarian Affairs"));
        assertThat(entityCalled(afp, "Observatory")).hasValueSatisfying(observatory -> {
            assertThat(observatory.canonicalName()).isEqualTo("Syrian Observatory for Human Rights");
            assertThat(observatory.descriptions()).contains("Britain-based monitor");
        });
        assertThat(entityCalled(afp, "Assad")).hasValueSatisfying(assad ->
                assertThat(assad.canonicalName()).isEqualTo("Bashar al-Assad"));
        assertThat(entityCalled(afp, "Linda Tom")).hasValueSatisfying(tom -> {
            assertThat(tom.type()).isEqualTo(EntityType.PERSON);
            assertThat(tom.descriptions()).contains("spokeswoman");
        });
        List<Entity> reuters = Samples.document(Samples.undated(), Samples.REUTERS).entities();
        assertThat(entityCalled(reuters, "Merkel")).hasValueSatisfying(merkel ->
                assertThat(merkel.canonicalName()).isEqualTo("Angela Merkel"));
    }

    @Test
    void pronounsAreNotEntities() {
        for (DocumentAnalysis analysis : Samples.undated().documents()) {
            assertThat(analysis.entities()).extracting(Entity::canonicalName)
                    .doesNotContain("he", "He", "she", "his", "they");
        }
    }

    @Test
    void everyMentionAndTimeSpanQuotesTheCleanTextItPointsTo() {
        for (DocumentAnalysis analysis : Samples.dated().documents()) {
            String text = analysis.document().cleanText();
            List<Span> spans = new java.util.ArrayList<>();
            analysis.entities().forEach(entity -> spans.addAll(entity.mentions()));
            analysis.times().forEach(time -> spans.add(time.span()));
            assertThat(spans).isNotEmpty().allSatisfy(span -> {
                assertThat(span.documentId()).isEqualTo(analysis.document().id());
                assertThat(text.substring(span.begin(), span.end())).isEqualTo(span.text());
            });
        }
    }

    private static List<TimeRef> times(org.sitrep.model.Dossier dossier, String file, String text) {
        List<TimeRef> found = Samples.document(dossier, file).times().stream()
                .filter(time -> time.text().equals(text)).toList();
        assertThat(found).as("time expressions written \"%s\" in %s", text, file).isNotEmpty();
        return found;
    }

    private static Optional<Entity> entityCalled(List<Entity> entities, String name) {
        return entities.stream()
                .filter(entity -> entity.canonicalName().equals(name) || entity.aliases().contains(name)
                        || entity.mentions().stream().anyMatch(span -> span.text().equals(name)))
                .findFirst();
    }
}
