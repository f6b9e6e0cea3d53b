package org.sitrep.ingest;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Metadata a page states about itself: Open Graph, article:*, schema-less meta names, canonical link. */
final class HtmlMetadata {

    private HtmlMetadata() {}

    static Metadata of(Document page) {
        String title = firstMeta(page, "og:title", "twitter:title");
        if (title == null && !page.title().isBlank()) {
            title = page.title().strip();
        }
        String url = firstMeta(page, "og:url");
        if (url == null) {
            Element canonical = page.selectFirst("link[rel=canonical][href]");
            url = canonical != null ? canonical.attr("abs:href") : null;
        }
        String language = page.selectFirst("html[lang]") != null ? page.selectFirst("html[lang]").attr("lang") : null;
        return new Metadata(
                firstMeta(page, "article:published_time", "og:article:published_time", "datePublished",
                        "date", "dc.date", "DC.date.issued", "pubdate", "publishdate", "sailthru.date"),
                firstMeta(page, "og:site_name", "application-name", "publisher"),
                url,
                title,
                language);
    }

    private static String firstMeta(Document page, String... keys) {
        for (String key : keys) {
            for (Element meta : page.select("meta[content]")) {
                if (key.equalsIgnoreCase(meta.attr("property")) || key.equalsIgnoreCase(meta.attr("name"))
                        || key.equalsIgnoreCase(meta.attr("itemprop"))) {
                    String content = meta.attr("content").strip();
                    if (!content.isEmpty()) {
                        return content;
                    }
                }
            }
        }
        Element time = keys.length > 0 && keys[0].equals("article:published_time")
                ? page.selectFirst("time[datetime]") : null;
        return time != null ? time.attr("datetime") : null;
    }
}
