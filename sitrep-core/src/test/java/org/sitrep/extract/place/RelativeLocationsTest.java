package org.sitrep.extract.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;
import org.sitrep.model.PlaceRelation;

class RelativeLocationsTest {

    private static PlaceRelation before(String text, String name) {
        Document document = new Document("d", "test", null, null, null, List.of(), null, null, List.of(), null, "en",
                null, text, text, List.of(), Instant.EPOCH);
        int at = text.indexOf(name);
        return RelativeLocations.before(document, new Toponym(at, at + name.length(), name, Toponym.Cue.NONE, "O"));
    }

    @Test
    void aDistanceInWordsWithMilesInBracketsBeforeATownIsKeptInKilometres() {
        PlaceRelation r = before("The military was almost five km (3 miles) from the rebel-held town of Tal Rafaat.",
                "Tal Rafaat");
        assertThat(r.distanceKm()).isEqualTo(5.0);
        assertThat(r.direction()).isNull();
        assertThat(r.span().text()).isEqualTo("five km (3 miles) from the rebel-held town of");
    }

    @Test
    void milesAreConvertedAndDirectionsNormalised() {
        PlaceRelation r = before("a village 10 miles south-west of Aleppo", "Aleppo");
        assertThat(r.distanceKm()).isCloseTo(16.09, within(0.01));
        assertThat(r.direction()).isEqualTo("southwest");
    }

    @Test
    void aDirectionAloneIsARelationButAPlainPrepositionIsNot() {
        assertThat(before("the village of Mayer, north of Aleppo", "Aleppo").direction()).isEqualTo("north");
        assertThat(before("refugees from Aleppo", "Aleppo")).isNull();
        assertThat(before("In the city of Aleppo", "Aleppo")).isNull();
    }
}
