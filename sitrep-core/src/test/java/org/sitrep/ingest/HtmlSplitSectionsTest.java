package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HtmlSplitSectionsTest {

    private static final String[] OPENING = {
        "When the immunologist looked deep inside the lungs of mice infected with influenza, he thought he was"
                + " seeing things, because the cell he found had a thatch of projections atop a pear-shaped body.",
        "He was not alone in his puzzlement over this little-studied group of cells that keep turning up in"
                + " unexpected places, from the thymus to the pancreas, and scientists are only beginning to look.",
        "Researchers around the world are now tracing the ancient evolutionary roots of these cells, and what they"
                + " find suggests that taste receptors were an immune tool long before they were a culinary one."};
    private static final String[] MIDDLE = {
        "These studies and a torrent of others from labs around the world show that the receptors are everywhere in"
                + " the body, in the gut, the airways and the bladder, and that they answer to bacterial signals.",
        "In assays for chemosensory receptors in tissues other than the tongue, the same cells kept appearing,"
                + " which at first looked like contamination and later turned out to be the heart of the story.",
        "As a postdoc in 2011, she began looking at the cells of the small intestine and noticed that they multiplied"
                + " quickly whenever a parasitic worm was present, long before the usual immune cells arrived."};

    /** Two sections in the body template; the first sits under extra wrappers, as readability overlooks it. */
    private static String page(String between) {
        return "<html><body><article><div id='post'>"
                + "<div class='part'><div class='wrap'><div class='inner'><div class='post-text'>"
                + paragraphs(OPENING) + "</div></div></div></div>"
                + between
                + "<div class='part'><div class='post-text'>" + paragraphs(MIDDLE) + "</div></div>"
                + "</div></article></body></html>";
    }

    private static String paragraphs(String... texts) {
        StringBuilder html = new StringBuilder();
        for (String text : texts) {
            html.append("<p>").append(text).append("</p>");
        }
        return html.toString();
    }

    /** What readability gives back: a detached copy of the second section only, classes stripped. */
    private static Element readabilityContent() {
        return Jsoup.parseBodyFragment("<div><div>" + paragraphs(MIDDLE) + "</div></div>").body().child(0);
    }

    @Test
    void aSectionInTheBodyTemplateThatReadabilityLeftOutIsPutBackInPageOrder() {
        Document page = Jsoup.parse(page(""));
        Element content = readabilityContent();

        HtmlSplitSections.restore(page.body(), content);

        String text = HtmlText.of(content);
        assertThat(text).contains(OPENING[0], OPENING[2], MIDDLE[0]);
        assertThat(text.indexOf(OPENING[2])).isLessThan(text.indexOf(MIDDLE[0]));
    }

    @Test
    void aSingleQuotedParagraphSetInTheBodyTemplateIsNotASectionOfTheBody() {
        Document page = Jsoup.parse("<html><body><article>"
                + "<div class='claim'><div class='post-text'><p>" + OPENING[0] + "</p></div></div>"
                + "<div class='post-text'>" + paragraphs(MIDDLE) + "</div></article></body></html>");
        Element content = readabilityContent();

        HtmlSplitSections.restore(page.body(), content);

        assertThat(HtmlText.of(content)).doesNotContain(OPENING[0]);
    }

    @Test
    void theNextStoryOfAnInfiniteScrollPageStaysOutThoughItUsesTheSameTemplate() {
        Document page = Jsoup.parse("<html><body>"
                + "<article><div class='post-text'>" + paragraphs(MIDDLE) + "</div></article>"
                + "<article><div class='post-text'>" + paragraphs(OPENING) + "</div></article></body></html>");
        Element content = readabilityContent();

        HtmlSplitSections.restore(page.body(), content);

        assertThat(HtmlText.of(content)).doesNotContain(OPENING[0]);
    }

    @Test
    void aLinkHeavyBlockInTheBodyTemplateIsNotPutBack() {
        String links = "<p><a href='/a'>Tuft cells and the gut: the worms that taught immunologists a lesson about"
                + " taste</a></p><p><a href='/b'>Why the tongue's receptors are found in the lungs, the bladder and"
                + " the nose</a></p><p><a href='/c'>The cell that tastes danger: a year of discoveries about"
                + " chemosensing</a></p>";
        Document page = Jsoup.parse(page("<div class='part'><div class='post-text'>" + links + "</div></div>"));
        Element content = readabilityContent();

        HtmlSplitSections.restore(page.body(), content);

        assertThat(HtmlText.of(content)).contains(OPENING[0]).doesNotContain("Why the tongue");
    }
}
