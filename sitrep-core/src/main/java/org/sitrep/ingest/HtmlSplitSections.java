package org.sitrep.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Puts back the parts of an article that readability left out when the page splits the body over several sibling
 * sections (one per block of text, between pull quotes and figures). Readability scores only a paragraph's parent
 * and grandparent and joins siblings of its winning element, so a section whose paragraphs sit deeper, or under a
 * different wrapper, is lost; on the dev split this cost a page its first quarter. A left-out section is one whose
 * element has the same tag and class as the element holding the kept paragraphs (the page's template for body
 * text), which holds several paragraphs of running text (low link density) and lies in the same article as the
 * kept paragraphs — so the next story of an infinite-scroll page, built from the same template, stays out.
 */
final class HtmlSplitSections {

    /** Paragraphs shorter than this are not used to recognise the body (captions, labels, one-line asides). */
    private static final int MIN_PARAGRAPH = 80;
    /** A section is running text when less than this share of its text is links (readability's sibling rule uses 0.25). */
    private static final double MAX_LINK_DENSITY = 0.25;
    /** ... and when it holds at least this many characters of prose outside links. */
    private static final int MIN_SECTION_PROSE = 200;
    /**
     * ... and at least this many paragraphs: a section of the body, not a single quoted box (a fact-check's claim
     * on the dev split is set in the same template as the body that reviews it, and the gold leaves it out).
     */
    private static final int MIN_SECTION_PARAGRAPHS = 3;

    private HtmlSplitSections() {}

    /**
     * Adds to {@code content} (readability's article, a detached copy) the sections of {@code page} (the page
     * readability read, before it changed it) that carry the body template but none of the paragraphs kept.
     */
    static void restore(Element page, Element content) {
        Set<String> kept = new HashSet<>();
        for (Element paragraph : content.select("p")) {
            String text = normalise(paragraph.text());
            if (text.length() >= MIN_PARAGRAPH) {
                kept.add(text);
            }
        }
        List<Element> keptInPage = new ArrayList<>();
        for (Element paragraph : page.select("p")) {
            if (kept.contains(normalise(paragraph.text()))) {
                keptInPage.add(paragraph);
            }
        }
        String template = bodyTemplate(keptInPage);
        if (template == null) {
            return;
        }
        Element article = keptInPage.get(0).closest("article");
        Set<Element> holders = new HashSet<>();
        keptInPage.forEach(p -> holders.add(p.parent()));
        for (Element section : page.getAllElements()) {
            if (!holders.contains(section) && signature(section).equals(template)
                    && section.closest("article") == article && isRunningText(section)
                    && section.parents().stream().noneMatch(holders::contains)
                    && section.select("*").stream().noneMatch(holders::contains)) {
                insert(section.clone(), section, keptInPage, content);
            }
        }
    }

    /** The tag and class of the element holding most kept paragraphs, when it has a class to tell it by. */
    private static String bodyTemplate(List<Element> keptInPage) {
        Map<String, Integer> counts = new HashMap<>();
        for (Element paragraph : keptInPage) {
            if (paragraph.parent() != null) {
                counts.merge(signature(paragraph.parent()), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .filter(e -> !e.getKey().endsWith("."))
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(null);
    }

    private static String signature(Element element) {
        return element.normalName() + "." + String.join(" ", element.classNames().stream().sorted().toList());
    }

    private static boolean isRunningText(Element section) {
        return HtmlProse.of(section) >= MIN_SECTION_PROSE && HtmlProse.linkDensity(section) < MAX_LINK_DENSITY
                && section.select("p").stream().filter(p -> p.text().strip().length() >= MIN_PARAGRAPH).count()
                        >= MIN_SECTION_PARAGRAPHS;
    }

    /**
     * Inserts the section after the copy of the last kept paragraph that precedes it on the page, or before the
     * copy of the first kept paragraph when none does.
     */
    private static void insert(Element copy, Element section, List<Element> keptInPage, Element content) {
        Element before = null;
        for (Element paragraph : keptInPage) {
            if (precedes(paragraph, section)) {
                before = paragraph;
            }
        }
        Element anchor = copyOf(before != null ? before : keptInPage.get(0), content);
        if (anchor == null) {
            return;
        }
        if (before != null) {
            anchor.after(copy);
        } else {
            anchor.before(copy);
        }
    }

    private static Element copyOf(Element paragraph, Element content) {
        String text = normalise(paragraph.text());
        return content.select("p").stream().filter(p -> normalise(p.text()).equals(text)).findFirst().orElse(null);
    }

    /** Whether {@code a} comes before {@code b} in document order. */
    private static boolean precedes(Element a, Element b) {
        List<Integer> pa = path(a);
        List<Integer> pb = path(b);
        for (int i = 0; i < Math.min(pa.size(), pb.size()); i++) {
            if (!pa.get(i).equals(pb.get(i))) {
                return pa.get(i) < pb.get(i);
            }
        }
        return pa.size() < pb.size();
    }

    private static List<Integer> path(Element element) {
        List<Integer> path = new ArrayList<>();
        for (Element e = element; e.parent() != null; e = e.parent()) {
            path.add(0, e.elementSiblingIndex());
        }
        return path;
    }

    private static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
