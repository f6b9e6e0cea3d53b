package org.sitrep.ingest;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/** A feed served on the loopback address by the test itself; its content can change between polls. */
public final class FeedServer implements AutoCloseable {

    private final HttpServer server;
    private final AtomicReference<String> feed;
    private final AtomicInteger requests = new AtomicInteger();

    public FeedServer(String initial) throws IOException {
        feed = new AtomicReference<>(initial);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/feeds/middle-east", exchange -> {
            requests.incrementAndGet();
            byte[] body = feed.get().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/rss+xml; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/feeds/middle-east";
    }

    public void serve(String next) {
        feed.set(next);
    }

    public int requests() {
        return requests.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** The sample RSS feed, with its first {@code items} items (of 3). */
    public static String rssWithItems(int items) {
        String rss = Feeds.rss();
        int cut = rss.indexOf("<item>");
        for (int i = 0; i < items; i++) {
            cut = rss.indexOf("</item>", cut) + "</item>".length();
        }
        return rss.substring(0, cut) + "\n</channel>\n</rss>\n";
    }
}
