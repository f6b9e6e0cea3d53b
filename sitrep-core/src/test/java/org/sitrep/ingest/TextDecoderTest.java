package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

    private static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
    private static final Charset LATIN_1 = StandardCharsets.ISO_8859_1;

    @Test
    void anArabicArticleInWindows1256IsReadAsArabic() throws InputProblem {
        String article = Encodings.ARABIC_LEDE + "\n\n" + Encodings.ARABIC_SECOND;

        assertThat(decode(article.getBytes(WINDOWS_1256), null)).isEqualTo(article);
    }

    @Test
    void anArabicArticleInIso8859_6IsReadAsArabic() throws InputProblem {
        String article = Encodings.ARABIC_LEDE + "\n\n" + Encodings.ARABIC_SECOND;

        assertThat(decode(article.getBytes(Charset.forName("ISO-8859-6")), null)).isEqualTo(article);
    }

    @Test
    void aLatin1ArticleKeepsItsAccentedArabicPlaceNames() throws InputProblem {
        assertThat(decode(Encodings.FRENCH_WITH_ARABIC_NAMES.getBytes(LATIN_1), null))
                .isEqualTo(Encodings.FRENCH_WITH_ARABIC_NAMES)
                .contains("Ratyane", "Abdel Rahmane", "« La situation est très préoccupante »");
    }

    @Test
    void anEnglishArticleWithArabicNamesInWindows1256KeepsTheArabic() throws InputProblem {
        assertThat(decode(Encodings.ENGLISH_WITH_ARABIC_NAMES.getBytes(WINDOWS_1256), null))
                .isEqualTo(Encodings.ENGLISH_WITH_ARABIC_NAMES);
    }

    @Test
    void aCyrillicArticleIsNotTakenForArabic() throws InputProblem {
        String russian = "Сирийская армия в понедельник продвинулась к турецкой границе, сообщили повстанцы в Алеппо.";

        assertThat(decode(russian.getBytes(Charset.forName("windows-1251")), null)).isEqualTo(russian);
    }

    @Test
    void aCharsetTheHttpHeaderDeclaresIsUsedWhenTheBytesAreNotUtf8() throws InputProblem {
        byte[] bytes = Encodings.FRENCH_WITH_ARABIC_NAMES.getBytes(LATIN_1);

        assertThat(decode(bytes, "iso-8859-1")).isEqualTo(Encodings.FRENCH_WITH_ARABIC_NAMES);
        assertThat(decode(bytes, "no-such-charset")).as("an unknown name is ignored")
                .isEqualTo(Encodings.FRENCH_WITH_ARABIC_NAMES);
    }

    @Test
    void aPageThatSaysUtf8ButIsWindows1256IsReadByItsBytes() throws InputProblem {
        String page = "<html><head><meta charset=\"utf-8\"></head><body><p>" + Encodings.ARABIC_LEDE + "</p></body></html>";

        assertThat(decode(page.getBytes(WINDOWS_1256), null)).isEqualTo(page);
    }

    @Test
    void aPageDeclaringItsCharsetInAMetaTagIsReadWithIt() throws InputProblem {
        String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\">"
                + "</head><body><p>" + Encodings.ENGLISH_WITH_ARABIC_NAMES + "</p></body></html>";

        assertThat(decode(page.getBytes(WINDOWS_1256), null)).isEqualTo(page);
    }

    @Test
    void utf16WithAByteOrderMarkIsText() throws InputProblem {
        byte[] bytes = ("\uFEFF" + Encodings.ENGLISH_WITH_ARABIC_NAMES).getBytes(StandardCharsets.UTF_16LE);

        assertThat(decode(bytes, null)).isEqualTo(Encodings.ENGLISH_WITH_ARABIC_NAMES);
    }

    private static String decode(byte[] bytes, String declared) throws InputProblem {
        return TextDecoder.decode("article.txt", null, bytes, declared);
    }
}
