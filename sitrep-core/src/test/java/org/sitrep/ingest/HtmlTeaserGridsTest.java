package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HtmlTeaserGridsTest {

    private static final String ARTICLE = "<p>The protein diet limits carbohydrates to twenty grams a day for the"
            + " first two weeks, after which they can be raised slowly while the weight keeps falling.</p>";

    private static String card(String slug, String title, String blurb) {
        return "<div class='tile'><div class='pic'><a href='/" + slug + "'><img src='" + slug + ".jpg'></a></div>"
                + "<div class='title'><a href='/" + slug + "'>" + title + "</a></div>"
                + "<div class='blurb'>" + blurb + "</div></div>";
    }

    @Test
    void aRowOfTeaserCardsAfterTheArticleIsTakenOut() {
        Element body = Jsoup.parse("<html><body><div class='main'>" + ARTICLE + "<h2>Most popular diets</h2>"
                + card("buckwheat", "Buckwheat diet", "The most popular diet. Up to 12 kg in 14 days.")
                + card("kefir", "Kefir diet", "Quick results. Up to 5 kg in 7 days.")
                + card("cabbage", "Cabbage soup diet", "Any kind of cabbage will do. Up to 10 kg in 10 days.")
                + "</div></body></html>").body();

        HtmlTeaserGrids.remove(body);

        assertThat(HtmlText.of(body)).contains("The protein diet").doesNotContain("Kefir", "Buckwheat", "Cabbage");
    }

    @Test
    void twoLinkedBoxesAreNotAGrid() {
        Element body = Jsoup.parse("<html><body><div class='main'>" + ARTICLE
                + card("kefir", "Kefir diet", "Quick results. Up to 5 kg in 7 days.")
                + card("cabbage", "Cabbage soup diet", "Any kind of cabbage will do.")
                + "</div></body></html>").body();

        HtmlTeaserGrids.remove(body);

        assertThat(HtmlText.of(body)).contains("Kefir diet", "Cabbage soup diet");
    }

    @Test
    void aListOfLinkedItemsInTheArticleIsTheArticles() {
        Element body = Jsoup.parse("<html><body><div class='main'>" + ARTICLE + "<ul>"
                + "<li class='step'><a href='/a'>Week one</a>: twenty grams of carbohydrates a day.</li>"
                + "<li class='step'><a href='/b'>Week two</a>: forty grams a day.</li>"
                + "<li class='step'><a href='/c'>Week three</a>: sixty grams a day.</li>"
                + "</ul></div></body></html>").body();

        HtmlTeaserGrids.remove(body);

        assertThat(HtmlText.of(body)).contains("Week one", "Week two", "Week three");
    }
}
