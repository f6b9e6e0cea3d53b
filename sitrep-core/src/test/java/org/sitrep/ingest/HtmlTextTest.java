package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class HtmlTextTest {

    private static String text(String fragment) {
        return HtmlText.of(Jsoup.parseBodyFragment(fragment).body());
    }

    @Test
    void aLinkInJapaneseTextIsSetOffBySpaces() {
        assertThat(text("<p>今回はそのKindleデスクトップアプリ<a href='/k'>Kindle for PC</a>に関する話。</p>"))
                .isEqualTo("今回はそのKindleデスクトップアプリ Kindle for PC に関する話。");
    }

    @Test
    void aLinkInEnglishTextIsJoinedAsWritten() {
        assertThat(text("<p>It was <a href='/a'>Apple</a>'s first quarterly loss since 2003.</p>"))
                .isEqualTo("It was Apple's first quarterly loss since 2003.");
    }

    @Test
    void blockElementsEndTheirLines() {
        assertThat(text("<h2>Dams near their limits</h2><p>Forecasters expect more rain.</p><ul><li>Schools are"
                + " closed.</li><li>The road is shut.</li></ul>"))
                .isEqualTo("Dams near their limits\nForecasters expect more rain.\nSchools are closed.\nThe road is shut.");
    }
}
