package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HtmlLinkCardsTest {

    private static Element content(String paragraph) {
        return Jsoup.parseBodyFragment("<div>" + paragraph + "</div>").body().child(0);
    }

    @Test
    void aHoverCardOfAnotherPersonsStoriesLeavesTheSentenceItSitsIn() {
        Element content = content("<p>A man pleaded guilty to threatening to kill Rep. <span class='person'>"
                + "<a href='/people/omar'>Ilhan Omar</a><span class='card'><span><img src='omar.jpg'>"
                + "<a href='/people/omar'>Ilhan Omar</a><a href='/news/1'>Progressives oppose funding bill over"
                + " surveillance authority</a> <a href='/news/2'>Senators call for 5G security coordinator</a>"
                + "</span></span></span> in a federal court on Thursday.</p>");

        HtmlLinkCards.remove(content);

        assertThat(HtmlText.of(content)).isEqualTo(
                "A man pleaded guilty to threatening to kill Rep. Ilhan Omar in a federal court on Thursday.");
    }

    @Test
    void linkedNamesInASentenceAreNotACard() {
        String sentence = "<p>The bill was backed by <span><a href='/a'>Senator Ann Lee</a> and"
                + " <a href='/b'>Senator Bo Park</a></span>, who said it would pass by spring.</p>";
        Element content = content(sentence);

        HtmlLinkCards.remove(content);

        assertThat(HtmlText.of(content)).contains("Senator Ann Lee and Senator Bo Park");
    }
}
