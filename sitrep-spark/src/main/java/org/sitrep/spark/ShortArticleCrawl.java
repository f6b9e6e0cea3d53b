package org.sitrep.spark;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.text.BreakIterator;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcWriter;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A WARC of short real news articles for the job's test and bench: the headline and first sentences of the
 * articles of the geoparsing evaluation sets in {@code eval/geoparsing} (GeoVirus, GeoWebNews, TR-News; see that
 * folder's LICENSE), taken in turn from each set, one text resource record per article, dated by the set's
 * download date where it gives one. Short texts keep a few hundred articles within a CI run.
 *
 * <p>{@code java … ShortArticleCrawl EVAL_GEOPARSING_DIR OUT.warc.gz COUNT [SENTENCES]}
 */
public final class ShortArticleCrawl {

    private static final List<String> SETS = List.of("GeoVirus.xml", "GeoWebNews.xml", "TR-News.xml");
    /** The WARC-Date of records whose set gives none: the crawl date, never taken as the publication date. */
    private static final Instant CRAWLED = Instant.parse("2019-06-01T00:00:00Z");

    private ShortArticleCrawl() {}

    record Article(String url, String title, LocalDate downloaded, String text) {}

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: ShortArticleCrawl EVAL_GEOPARSING_DIR OUT.warc.gz COUNT [SENTENCES]");
            System.exit(2);
        }
        List<Article> articles = articles(Path.of(args[0]), Integer.parseInt(args[2]),
                args.length > 3 ? Integer.parseInt(args[3]) : 3);
        write(articles, Path.of(args[1]));
        System.out.println(articles.size() + " articles → " + args[1]);
    }

    /** Up to {@code count} articles, the sets taken in turn, each cut to its first {@code sentences} sentences. */
    static List<Article> articles(Path geoparsing, int count, int sentences) {
        List<List<Article>> sets = new ArrayList<>();
        for (String set : SETS) {
            sets.add(read(geoparsing.resolve(set), sentences));
        }
        List<Article> out = new ArrayList<>();
        for (int i = 0; out.size() < count; i++) {
            boolean any = false;
            for (List<Article> set : sets) {
                if (i < set.size() && out.size() < count) {
                    out.add(set.get(i));
                    any = true;
                }
            }
            if (!any) {
                break;
            }
        }
        return out;
    }

    static Path write(List<Article> articles, Path file) throws IOException {
        WarcCompression compression = file.toString().endsWith(".gz") ? WarcCompression.GZIP : WarcCompression.NONE;
        try (WarcWriter warc = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING), compression)) {
            for (Article article : articles) {
                String body = article.title() == null ? article.text() : article.title() + "\n\n" + article.text();
                Instant date = article.downloaded() == null ? CRAWLED
                        : article.downloaded().atStartOfDay(ZoneOffset.UTC).toInstant();
                warc.write(new WarcResource.Builder(URI.create(article.url())).date(date)
                        .body(MediaType.parse("text/plain; charset=utf-8"), body.getBytes(StandardCharsets.UTF_8))
                        .build());
            }
        }
        return file;
    }

    private static List<Article> read(Path xml, int sentences) {
        List<Article> articles = new ArrayList<>();
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            NodeList nodes = factory.newDocumentBuilder().parse(xml.toFile()).getElementsByTagName("article");
            for (int i = 0; i < nodes.getLength(); i++) {
                Element article = (Element) nodes.item(i);
                String text = first(article, "text");
                if (text == null || text.isBlank()) {
                    continue;
                }
                String downloaded = first(article, "dltime");
                articles.add(new Article(url(article, xml.getFileName() + "/" + i), first(article, "title"),
                        day(downloaded), firstSentences(text, sentences)));
            }
        } catch (Exception e) {
            throw new IllegalArgumentException("cannot read the evaluation set " + xml + ": " + e.getMessage(), e);
        }
        return articles;
    }

    /** The set's download day when it is an ISO date; some are free text ("7:58 AM ET, Sat January 3, 2015"). */
    private static LocalDate day(String downloaded) {
        try {
            return downloaded == null ? null : LocalDate.parse(downloaded);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /** The article's address as its set gives it, or a made-up one under .invalid when it gives none usable. */
    private static String url(Element article, String fallback) {
        for (String tag : List.of("url", "link", "source")) {
            String value = first(article, tag);
            if (value != null && value.startsWith("http")) {
                try {
                    return URI.create(value).toString();
                } catch (IllegalArgumentException e) {
                    // a set's address with spaces or brackets: not a URI a WARC can hold
                }
            }
        }
        return "https://eval.invalid/" + fallback;
    }

    private static String first(Element article, String tag) {
        NodeList found = article.getElementsByTagName(tag);
        return found.getLength() == 0 ? null : found.item(0).getTextContent().strip().replaceAll("\\s+", " ");
    }

    static String firstSentences(String text, int count) {
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        String flat = text.strip().replaceAll("\\s+", " ");
        sentences.setText(flat);
        int end = 0;
        for (int i = 0; i < count; i++) {
            int next = sentences.next();
            if (next == BreakIterator.DONE) {
                break;
            }
            end = next;
        }
        return flat.substring(0, end).strip();
    }
}
