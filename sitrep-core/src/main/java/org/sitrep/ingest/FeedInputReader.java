package org.sitrep.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Date;
import java.util.Iterator;
import java.util.Locale;
import org.jsoup.Jsoup;

/**
 * RSS (0.9x, 1.0, 2.0) and Atom feeds, files or URLs, read with ROME: each entry is a document. Its text is the
 * entry's content (Atom content, RSS content:encoded) or else its description, HTML turned into text by the same
 * path as an HTML page; its date, link and title, and the feed's title and language, are its metadata. A feed is
 * parsed whole (ROME builds a tree), so it is bounded like an article file; its entries are handed out one by one.
 */
final class FeedInputReader implements InputReader {

    @Override
    public boolean accepts(String name) {
        return name.endsWith(".rss") || name.endsWith(".atom") || name.endsWith(".xml") || name.endsWith(".rdf");
    }

    @Override
    public boolean recognizes(String head) {
        String start = head.replace("\u00EF\u00BB\u00BF", "").stripLeading(); // a UTF-8 BOM read as ISO-8859-1
        if (!start.startsWith("<")) {
            return false;
        }
        return head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:RDF");
    }

    @Override
    public RecordSource open(Input input, InputStream in) throws InputProblem {
        SyndFeed feed;
        try (in) {
            byte[] bytes = in.readNBytes(ArticleFileReader.MAX_BYTES + 1);
            if (bytes.length == 0) {
                throw new InputProblem(input.name(), "the feed is empty", null);
            }
            if (bytes.length > ArticleFileReader.MAX_BYTES) {
                throw new InputProblem(input.name(), "feed too large (more than "
                        + ArticleFileReader.MAX_BYTES / (1024 * 1024) + " MiB)", null);
            }
            // XmlReader picks the charset the XML way: BOM, then the XML declaration, then UTF-8.
            feed = new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(bytes)));
        } catch (FeedException | IllegalArgumentException e) {
            throw new InputProblem(input.name(), "not a valid RSS or Atom feed (" + firstLine(e) + ")", e);
        } catch (IOException e) {
            throw new InputProblem(input.name(), ReadFailure.describe(e), e);
        }
        return new Entries(input, feed);
    }

    private static String firstLine(Exception e) {
        Throwable root = e.getCause() != null ? e.getCause() : e;
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse("").strip();
    }

    private static final class Entries implements RecordSource {
        private final Input input;
        private final SyndFeed feed;
        private final Iterator<SyndEntry> entries;
        private int number;

        Entries(Input input, SyndFeed feed) {
            this.input = input;
            this.feed = feed;
            this.entries = feed.getEntries().iterator();
        }

        @Override
        public InputRecord next() {
            if (!entries.hasNext()) {
                return null;
            }
            SyndEntry entry = entries.next();
            number++;
            try {
                return new InputRecord.Read(document(entry));
            } catch (InputProblem problem) {
                return new InputRecord.Skipped(problem);
            }
        }

        private RawDocument document(SyndEntry entry) throws InputProblem {
            String record = "entry " + number;
            SyndContent content = !entry.getContents().isEmpty() ? entry.getContents().get(0) : entry.getDescription();
            if (content == null || content.getValue() == null || content.getValue().isBlank()) {
                throw new InputProblem(input.name(), record, "no content or description", null);
            }
            String link = entry.getLink() != null && !entry.getLink().isBlank() ? entry.getLink().strip() : null;
            String text = isPlainText(content) ? content.getValue().strip() : htmlText(content.getValue(), link);
            if (text.isBlank()) {
                throw new InputProblem(input.name(), record, "no text in the content or description", null);
            }
            Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
            Metadata metadata = new Metadata(date == null ? null : date.toInstant().toString(), blankToNull(feed.getTitle()),
                    link, blankToNull(entry.getTitle()), blankToNull(feed.getLanguage()));
            return new RawDocument(input.name() + ", " + record, text.replace("\r\n", "\n"), metadata);
        }

        private String htmlText(String html, String link) {
            String base = link != null ? link : input.baseUri();
            String text = HtmlReader.articleText(html, base);
            // A short description is too little for readability to call an article: then the fragment is the text.
            return !text.isBlank() ? text : HtmlText.of(Jsoup.parseBodyFragment(html, base).body()).strip();
        }

        private static boolean isPlainText(SyndContent content) {
            String type = content.getType() == null ? "" : content.getType().toLowerCase(Locale.ROOT);
            return type.equals("text") || type.equals("text/plain");
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }

        @Override
        public void close() {}
    }
}
