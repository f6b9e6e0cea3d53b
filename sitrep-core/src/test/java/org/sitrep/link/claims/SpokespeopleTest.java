package org.sitrep.link.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;
import org.sitrep.model.DocumentAnalysis;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityType;
import org.sitrep.model.Quote;
import org.sitrep.model.Span;
import org.sitrep.model.Speaker;

/** Speakers and the organisations they speak for, on sentences of real reports (PolNeAR, the AFP sample). */
class SpokespeopleTest {

    @Test
    void aSpokesmanForANamedOrganisationSpeaksForIt() {
        String text = "Phil Smith, a spokesman for the United Mine Workers of America, said the union expected "
                + "production to improve.";
        var speaker = speaker(text, "Phil Smith, a spokesman for the United Mine Workers of America", "Phil Smith",
                EntityType.PERSON, "United Mine Workers of America", EntityType.ORGANIZATION);

        var affiliation = Spokespeople.of(speaker.analysis()).of(speaker.speaker());

        assertThat(affiliation).get().extracting(a -> a.organisation().name()).isEqualTo("United Mine Workers of America");
        assertThat(affiliation.get().role()).isEqualTo("spokesman");
    }

    @Test
    void aHeadOfStateIsNotTheVoiceOfAnOrganisation() {
        String text = "Turkish Prime Minister Ahmet Davutoglu said Thursday up to 70,000 people were heading to his "
                + "country.";
        var speaker = speaker(text, "Turkish Prime Minister Ahmet Davutoglu", "Ahmet Davutoglu", EntityType.PERSON,
                "Turkish", EntityType.MISC);

        assertThat(Spokespeople.of(speaker.analysis()).of(speaker.speaker())).isEmpty();
    }

    @Test
    void aSeniorFellowIsNotTheVoiceOfHisInstitute() {
        String text = "“The rebels are on the retreat everywhere,” said Emile Hokayem, a senior fellow at the "
                + "International Institute for Strategic Studies.";
        var speaker = speaker(text, "Emile Hokayem, a senior fellow at the International Institute for Strategic Studies",
                "Emile Hokayem", EntityType.PERSON, "International Institute for Strategic Studies",
                EntityType.ORGANIZATION);

        assertThat(Spokespeople.of(speaker.analysis()).of(speaker.speaker())).isEmpty();
    }

    private record Found(DocumentAnalysis analysis, Speaker speaker) {}

    /** One report of {@code text} whose quote is said by {@code phrase}, naming a person and one other entity. */
    private static Found speaker(String text, String phrase, String person, EntityType personType, String other,
                                 EntityType otherType) {
        Document document = new Document("d", "d.txt", null, null, null, List.of(), null, null, List.of(), null, "en",
                null, text, text, List.of(), Instant.EPOCH);
        List<Entity> entities = new ArrayList<>();
        entities.add(entity("d-e1", person, personType, document));
        entities.add(entity("d-e2", other, otherType, document));
        Span said = span(document, phrase);
        Speaker speaker = new Speaker("d-e1", person, said);
        Quote quote = new Quote(document.span(said.end(), text.length()), false, speaker, "say", List.of(person));
        return new Found(DocumentAnalysis.empty(document).withEntities(entities).withQuotes(List.of(quote)), speaker);
    }

    private static Entity entity(String id, String name, EntityType type, Document document) {
        return new Entity(id, name, type, List.of(), List.of(span(document, name)), List.of(), null);
    }

    private static Span span(Document document, String words) {
        int begin = document.cleanText().indexOf(words);
        assertThat(begin).as(words).isNotNegative();
        return document.span(begin, begin + words.length());
    }
}
