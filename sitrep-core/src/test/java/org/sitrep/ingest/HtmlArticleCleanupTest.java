package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HtmlArticleCleanupTest {

    private static final String PROSE = "<p>President Ahmadinejad said that whoever insults the companions of the"
            + " Prophet is no Muslim and serves only the enemies of Islam, in a speech at the university.</p>";

    private static Element content(String html) {
        return Jsoup.parseBodyFragment("<div>" + html + "</div>").body().child(0);
    }

    @Test
    void aSourceCitedByItsAddressStaysWithItsHeading() {
        Element content = content(PROSE + "<h2>Khamenei: insulting the Prophet's wives is forbidden</h2>"
                + "<p><a href='http://example.org/fatwa'>http://example.org/2011/09/07/fatwa-on-insults/</a></p>");

        HtmlArticleCleanup.clean(content, null);

        assertThat(HtmlText.of(content)).contains("Khamenei: insulting", "http://example.org/2011/09/07/fatwa");
    }

    @Test
    void aLineOfSeveralAddressesIsAListOfLinksAndGoesWithItsLabel() {
        Element content = content(PROSE + "<h4>How to listen to the podcast</h4>"
                + "<p><strong>Listen:</strong> <a href='http://po.st/1'>http://po.st/1</a><br>"
                + "<strong>Download:</strong> <a href='http://po.st/2'>http://po.st/2</a></p>");

        HtmlArticleCleanup.clean(content, null);

        assertThat(HtmlText.of(content)).doesNotContain("How to listen", "po.st");
    }

    @Test
    void aRelatedStoryLinkGoesWithItsLabel() {
        Element content = content(PROSE + "<p>Related coverage:</p>"
                + "<p><a href='/next'>Here is exactly how to figure out when you can retire</a></p>");

        HtmlArticleCleanup.clean(content, null);

        assertThat(HtmlText.of(content)).doesNotContain("Related coverage", "figure out");
    }
}
