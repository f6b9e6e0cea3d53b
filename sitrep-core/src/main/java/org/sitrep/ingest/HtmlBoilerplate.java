package org.sitrep.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Takes out of a page, before the article is looked for, what is never article text: page furniture (navigation,
 * forms, asides, hidden elements, structured-data blocks) and the blocks that sit inside the article's container
 * without being article text — photo captions, bylines and dates, share bars, "related" and "most read" lists,
 * newsletter and subscription boxes. Blocks are recognised by their element, their ARIA role or the words of their
 * class and id; a block is never removed when it holds a large share of the page's prose, so a wrapper whose class
 * happens to say "share" or "comments" keeps the article it wraps.
 */
final class HtmlBoilerplate {

    /** Elements that are never article text. */
    private static final String NEVER_TEXT = "script, style, noscript, template, svg, canvas, iframe, object, embed, "
            + "head, title, meta, link, button, input, select, textarea, label, option, nav, "
            + "[hidden], [role=navigation], [role=banner], [role=contentinfo], [role=complementary], [role=search], "
            + "[role=dialog], [role=alert], [role=menu], [role=menubar], [role=toolbar], [aria-hidden=true]";

    /** Class and id words of blocks that are not article text. Matched as whole words of a class or id. */
    private static final Set<String> BOILERPLATE_WORDS = Set.of(
            "share", "sharing", "shares", "sharebar", "social", "socials", "sociallinks", "addthis", "sharethis",
            "related", "recommended", "recommendations", "recommend", "recirc", "recirculation",
            "popular", "mostread", "trending", "outbrain", "taboola", "newsletter", "newsletters",
            "subscribe", "subscription", "signup", "paywall", "promo", "promotion", "promoted", "sponsor",
            "sponsored", "advert", "advertisement", "advertising", "ad", "ads", "adslot", "adunit", "dfp", "byline",
            "bylines", "author", "authors", "contributor", "dateline", "timestamp", "date", "dates", "published",
            "updated", "caption", "captions", "credit", "credits", "breadcrumb", "breadcrumbs", "tags", "tag",
            "topics", "keywords", "comment", "comments", "disqus", "sidebar", "widget", "widgets", "toolbar",
            "nav", "navbar", "navigation", "menu", "masthead", "header", "footer", "cookie", "cookies", "consent",
            "modal", "popup", "overlay", "print", "rating", "ratings", "bio", "meta", "skip", "hidden", "hide",
            "visually", "sr", "screenreader", "offscreen", "playlist", "gallery", "carousel", "slider", "lightbox",
            "next", "prev", "previous", "pagination", "pager", "follow", "login", "signin", "donate", "banner");

    /** Structured-data properties describing an article rather than being its text. */
    private static final Set<String> METADATA_ITEMPROPS = Set.of(
            "headline", "alternativeheadline", "author", "creator", "publisher", "keywords", "datepublished",
            "datemodified", "datecreated", "image", "thumbnailurl", "mainentityofpage", "interactionstatistic",
            "commentcount", "logo", "provider", "copyrightholder", "sourceorganization", "caption");

    private static final Pattern WORD_SPLIT = Pattern.compile("[^\\p{Alnum}]+|(?<=\\p{Ll})(?=\\p{Lu})");
    private static final Pattern HIDDEN_STYLE = Pattern.compile(
            "(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");

    /** A block holding more than this share of the page's prose is kept whatever its class says. */
    private static final double MAX_PROSE_SHARE = 0.25;

    private HtmlBoilerplate() {}

    /** Removes the page's boilerplate in place. */
    static void strip(Document page) {
        page.select(NEVER_TEXT).forEach(e -> {
            if (e.parent() != null && !e.normalName().equals("body") && !e.normalName().equals("html")) {
                e.remove();
            }
        });
        page.getAllElements().stream()
                .filter(e -> HIDDEN_STYLE.matcher(e.attr("style")).find())
                .toList()
                .forEach(HtmlBoilerplate::removeIfAttached);
        Element body = page.body();
        if (body == null) {
            return;
        }
        unwrapQuotes(body);
        double prose = HtmlProse.of(body);
        List<Element> doomed = new ArrayList<>();
        for (Element element : body.getAllElements()) {
            if (element == body) {
                continue;
            }
            if (!element.select("blockquote").isEmpty()) {
                continue; // quoted posts (embedded tweets) are article text, whatever their wrapper is called
            }
            if (isMetadataItem(element) || isFurniture(element) || hasBoilerplateName(element)) {
                doomed.add(element);
            }
        }
        for (Element element : doomed) {
            if (element.parent() != null && HtmlProse.of(element) <= MAX_PROSE_SHARE * prose) {
                element.remove();
            }
        }
    }

    /**
     * Lifts each blockquote out of the wrappers that hold nothing else (embed containers of quoted posts), so that
     * readability, which drops link-heavy divs, keeps the quote as a block of the article.
     */
    private static void unwrapQuotes(Element body) {
        for (Element quote : body.select("blockquote")) {
            Element parent = quote.parent();
            while (parent != null && parent != body && (parent.normalName().equals("div")
                    || parent.normalName().equals("span") || parent.normalName().equals("figure"))
                    && parent.text().strip().equals(quote.text().strip())) {
                Element grandparent = parent.parent();
                parent.unwrap();
                parent = grandparent;
            }
        }
    }

    private static void removeIfAttached(Element element) {
        if (element.parent() != null && !element.normalName().equals("body")) {
            element.remove();
        }
    }

    /** Elements holding what surrounds an article: removed when they hold little of the page's prose. */
    private static boolean isFurniture(Element element) {
        return switch (element.normalName()) {
            case "aside", "footer", "header", "form", "figure", "figcaption", "picture", "video", "audio",
                    "address" -> true;
            default -> false;
        };
    }

    private static boolean isMetadataItem(Element element) {
        String itemprop = element.attr("itemprop").toLowerCase(Locale.ROOT);
        if (itemprop.isEmpty()) {
            return false;
        }
        for (String property : itemprop.split("\\s+")) {
            if (METADATA_ITEMPROPS.contains(property)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word of the element's class or id names a boilerplate block. */
    static boolean hasBoilerplateName(Element element) {
        String names = element.className() + " " + element.id();
        if (names.isBlank()) {
            return false;
        }
        for (String word : WORD_SPLIT.split(names)) {
            if (!word.isEmpty() && BOILERPLATE_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
