package org.sitrep.ingest;

import java.util.Arrays;
import java.util.List;
import org.sitrep.testing.Samples;

/** Real-shaped test inputs made from the paragraphs of the two sample reports in ../shared/samples. */
public final class Articles {

    private Articles() {}

    /** The paragraphs of a sample report, its headline left out. */
    public static List<String> paragraphs(String sample) {
        List<String> lines = Arrays.stream(Samples.raw(sample).split("\n"))
                .map(String::strip).filter(line -> line.length() > 60).toList();
        return lines;
    }

    public static String afpParagraph(int index) {
        return paragraphs(Samples.AFP).get(index);
    }

    public static String reutersParagraph(int index) {
        return paragraphs(Samples.REUTERS).get(index);
    }

    /** A news page: navigation, an article of {@code paragraphs}, a footer; meta tags only when given. */
    public static String page(String title, String publishedMeta, List<String> paragraphs) {
        StringBuilder html = new StringBuilder("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">");
        html.append("<title>").append(title).append(" | World News</title>");
        if (publishedMeta != null) {
            html.append("<meta property=\"article:published_time\" content=\"").append(publishedMeta).append("\">");
        }
        html.append("</head><body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a> <a href=\"/sport\">Sport</a></nav>");
        html.append("<article><h1>").append(title).append("</h1>");
        paragraphs.forEach(p -> html.append("<p>").append(escape(p)).append("</p>\n"));
        html.append("</article><footer>© World News 2016. All rights reserved.</footer></body></html>");
        return html.toString();
    }

    /** An HTML fragment as a feed entry carries it. */
    public static String fragment(List<String> paragraphs) {
        StringBuilder html = new StringBuilder();
        paragraphs.forEach(p -> html.append("<p>").append(escape(p)).append("</p>"));
        return html.toString();
    }

    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
