package org.sitrep.ingest;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;
import org.sitrep.testing.Samples;

/** WARC files written with jwarc's own writer, shaped like a small news crawl. */
public final class Crawls {

    public static final Instant CRAWLED = Instant.parse("2016-02-09T07:15:00Z");
    public static final String BORDER_URL = "https://news.example.org/world/2016/02/05/syrians-mass-on-turkish-border";
    public static final String OFFENSIVE_URL = "https://wire.example.com/article/syria-offensive-20160208";

    private Crawls() {}

    /**
     * Records: 1 warcinfo, 2 request, 3 response (HTML page, its own date in a meta tag), 4 response (an image),
     * 5 response (404 page), 6 response (a page with no article text: a bad record), 7 resource (plain text),
     * 8 response (HTML in Windows-1256 said only by the HTTP header).
     */
    public static Path newsCrawl(Path file, WarcCompression compression) throws IOException {
        try (WarcWriter warc = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING), compression)) {
            warc.write(new Warcinfo.Builder().filename(file.getFileName().toString()).date(CRAWLED)
                    .fields(Map.of("software", List.of("test crawler"))).build());
            warc.write(new WarcRequest.Builder(URI.create(BORDER_URL)).date(CRAWLED)
                    .body(new HttpRequest.Builder("GET", "/world/2016/02/05/syrians-mass-on-turkish-border")
                            .addHeader("Host", "news.example.org").build()).build());
            String page = Articles.page("Syrians mass on Turkish border as regime advances", "2016-02-05T12:00:00Z",
                    Articles.paragraphs(Samples.AFP).subList(0, 6));
            warc.write(response(BORDER_URL, 200, "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8)));
            warc.write(response("https://news.example.org/img/border.jpg", 200, "image/jpeg",
                    new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0}));
            warc.write(response("https://news.example.org/world/missing", 404, "text/html",
                    "<html><body><h1>Not found</h1></body></html>".getBytes(StandardCharsets.UTF_8)));
            warc.write(response("https://news.example.org/video/aleppo", 200, "text/html",
                    "<html><head><title>Video</title></head><body><video src=\"a.mp4\"></video></body></html>"
                            .getBytes(StandardCharsets.UTF_8)));
            String wire = String.join("\n\n", Articles.paragraphs(Samples.REUTERS).subList(0, 5));
            warc.write(new WarcResource.Builder(URI.create(OFFENSIVE_URL)).date(CRAWLED)
                    .body(MediaType.parse("text/plain; charset=utf-8"), wire.getBytes(StandardCharsets.UTF_8)).build());
            warc.write(response("https://arabic.example.net/news/aleppo", 200, "text/html; charset=windows-1256",
                    Encodings.arabicPage().getBytes(Charset.forName("windows-1256"))));
        }
        return file;
    }

    public static WarcResponse response(String url, int status, String type, byte[] body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
                .body(MediaType.parse(type), body).build();
        return new WarcResponse.Builder(URI.create(url)).date(CRAWLED).body(http).build();
    }
}
