package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlReaderTest {

    private static final String BODY_1 = "The river burst its banks on Tuesday night, flooding the lower town and cutting the"
            + " main road to the capital, officials said on Wednesday morning.";
    private static final String BODY_2 = "Rescue teams, working through the night, evacuated more than 2,000 residents to"
            + " schools and churches on higher ground, according to the regional governor's office.";
    private static final String BODY_3 = "Forecasters expect more rain over the weekend, and the water agency warned that"
            + " two upstream dams were close to their limits, though neither had been breached.";
    private static final String BODY_4 = "Farmers in the valley said the flood had destroyed much of the harvest, which"
            + " had been due to be brought in next month, and asked the government for compensation.";

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en"><head>
              <title>River floods lower town, thousands evacuated | The Daily Courier</title>
              <meta property="og:title" content="River floods lower town, thousands evacuated">
            </head><body>
              <nav class="site-nav"><ul><li><a href="/">Home</a></li><li><a href="/world">World news</a></li>
                <li><a href="/sport">Sport and football results</a></li></ul></nav>
              <div class="page">
                <article class="story">
                  <header class="story-header">
                    <h1>River floods lower town, thousands evacuated</h1>
                    <div class="byline">By <a href="/staff/jane">Jane Doe</a>, regional correspondent</div>
                    <time datetime="2024-03-05">5 March 2024</time>
                  </header>
                  <ul class="share-tools">
                    <li><a href="https://facebook.com/share">Share on Facebook</a></li>
                    <li><a href="https://twitter.com/share">Share on Twitter</a></li>
                    <li><a href="mailto:?">Email this story to a friend</a></li>
                  </ul>
                  <figure><img src="flood.jpg" alt="">
                    <figcaption>Residents wade through the flooded market square. Photo: Courier staff</figcaption>
                  </figure>
                  <div class="story-body">
                    <p>%s</p>
                    <p>%s</p>
                    <h2>Dams near their limits</h2>
                    <p>%s</p>
                    <ul><li>Schools in the lower town are closed until Monday.</li>
                        <li>The main road to the capital is shut in both directions.</li></ul>
                    <div class="social-embed"><blockquote class="twitter-tweet"><p>Our teams have reached the
                      last families cut off by the water in the lower town. <a href="https://t.co/x">pic.twitter.com/x</a></p>
                      &mdash; Regional Rescue (@rescue) <a href="https://twitter.com/rescue/status/1">March 5, 2024</a>
                    </blockquote></div>
                    <p>%s</p>
                    <p><strong>READ MORE:</strong> <a href="/news/dam-report">Upstream dams were never built for this much
                      rain, engineers warn</a></p>
                  </div>
                  <aside class="related-stories"><h3>Related stories</h3><ul>
                    <li><a href="/a">Drought leaves reservoirs at record lows across the region</a></li>
                    <li><a href="/b">Minister promises new flood defences for coastal towns</a></li>
                    <li><a href="/c">Ten pictures of the week's most dramatic weather</a></li></ul></aside>
                </article>
                <div class="most-read"><h3>Most read</h3><ol>
                  <li><a href="/d">Celebrity chef opens restaurant in the old railway station building</a></li>
                  <li><a href="/e">Local team wins the regional cup after a dramatic penalty shoot-out</a></li></ol></div>
              </div>
              <footer class="site-footer"><p>© 2024 The Daily Courier. All rights reserved. Contact us.</p></footer>
            </body></html>
            """.formatted(BODY_1, BODY_2, BODY_3, BODY_4);

    private final String text = HtmlReader.articleText(PAGE, "https://courier.example/news/flood");

    @Test
    void theArticleParagraphsComeOutInOrderOnePerLine() {
        assertThat(text.lines()).contains(BODY_1, BODY_2, BODY_3, BODY_4);
        assertThat(text.indexOf(BODY_1)).isLessThan(text.indexOf(BODY_2));
        assertThat(text.indexOf(BODY_3)).isLessThan(text.indexOf(BODY_4));
    }

    @Test
    void headingsListsAndQuotedPostsInsideTheArticleAreKept() {
        assertThat(text.lines()).contains("Dams near their limits",
                "Schools in the lower town are closed until Monday.",
                "The main road to the capital is shut in both directions.");
        assertThat(text).contains("Our teams have reached the last families cut off by the water");
    }

    @Test
    void shareBarsAndRelatedLinksAreNotPartOfTheArticle() {
        assertThat(text).doesNotContain("Share on Facebook", "Email this story", "Related stories",
                "Drought leaves reservoirs", "Most read", "Celebrity chef", "READ MORE", "never built for this much");
    }

    @Test
    void navigationFooterTitleBylineAndCaptionsAreNotPartOfTheArticle() {
        assertThat(text).doesNotContain("World news", "All rights reserved", "Jane Doe", "5 March 2024",
                "Residents wade through", "River floods lower town, thousands evacuated");
    }

    @Test
    void aWrapperWhoseClassSoundsLikeBoilerplateKeepsTheArticleItHolds() {
        String page = "<html><body><div class=\"content has-comments share-enabled\">"
                + "<p>" + BODY_1 + "</p><p>" + BODY_2 + "</p><p>" + BODY_3 + "</p></div>"
                + "<div class=\"comments\"><p>Great piece, thanks for writing it.</p></div></body></html>";
        String extracted = HtmlReader.articleText(page, "https://example.org/a");
        assertThat(extracted.lines()).contains(BODY_1, BODY_2, BODY_3);
        assertThat(extracted).doesNotContain("Great piece");
    }

    @Test
    void aPageWithNoArticleGivesNoText() {
        assertThat(HtmlReader.articleText("<html><body><nav><a href=\"/\">Home</a></nav></body></html>",
                "https://example.org/")).isEmpty();
    }
}
