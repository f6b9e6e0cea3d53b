package org.sitrep.extract.place.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlaceNamesTest {

    @Test
    void tellTransliterationsAndDoubledVowelsMeet() {
        assertThat(PlaceNames.key("Tal Rafaat")).isEqualTo(PlaceNames.key("Tall Rafat"))
                .isEqualTo(PlaceNames.key("Tell Rafaat")).isEqualTo("tal rafat");
    }

    @Test
    void apostrophesAndAyinMarksVanish() {
        assertThat(PlaceNames.key("Tall Rif‘at")).isEqualTo(PlaceNames.key("Tal Rif'at")).isEqualTo("tal rifat");
        assertThat(PlaceNames.key("A‘zāz")).isEqualTo("azaz");
    }

    @Test
    void theArabicArticleIsDroppedJoinedOrFreeStanding() {
        assertThat(PlaceNames.key("Bab al-Salama")).isEqualTo(PlaceNames.key("Bab al Salama"))
                .isEqualTo(PlaceNames.key("Bab as-Salamah")).isEqualTo(PlaceNames.key("Bab Al-Salama"))
                .isEqualTo("bab salama");
    }

    @Test
    void englishWordsLikeAsAndAtStayWhenNotJoinedByAHyphen() {
        assertThat(PlaceNames.key("Stoke on Trent")).isEqualTo("stoke on trent");
        assertThat(PlaceNames.key("Bath at Sea")).isEqualTo("bath at sea");
    }

    @Test
    void frenchOuAndTaMarbutaAhAreFolded() {
        assertThat(PlaceNames.key("Noubl")).isEqualTo(PlaceNames.key("Nubl"));
        assertThat(PlaceNames.key("Raqqah")).isEqualTo(PlaceNames.key("Raqqa")).isEqualTo("raqa");
    }

    @Test
    void turkishLettersAndDiacriticsBecomeAscii() {
        assertThat(PlaceNames.key("Öncüpınar")).isEqualTo("oncupinar");
        assertThat(PlaceNames.key("Ḩuraytān")).isEqualTo("huraytan");
    }

    @Test
    void theSkeletonDropsTheVowelsArabicScriptDoesNotWrite() {
        assertThat(PlaceNames.skeleton(PlaceNames.key("Nubul"))).isEqualTo(PlaceNames.skeleton(PlaceNames.key("Nubl")));
        assertThat(PlaceNames.skeleton(PlaceNames.key("Haritan")))
                .isEqualTo(PlaceNames.skeleton(PlaceNames.key("Huraytan")));
    }

    @Test
    void editDistanceStopsAtItsBound() {
        assertThat(EditDistance.atMost("tal rafat", "tal refat", 1)).isTrue();
        assertThat(EditDistance.atMost("moris county", "mures county", 1)).isFalse();
    }
}
