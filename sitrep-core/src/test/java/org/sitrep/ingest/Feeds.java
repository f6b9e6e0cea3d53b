package org.sitrep.ingest;

import java.util.List;
import org.sitrep.testing.Samples;

/** An RSS 2.0 and an Atom feed of the kind news sites publish, built from the sample reports' paragraphs. */
public final class Feeds {

    public static final String AFP_LINK = "https://news.example.org/world/2016/02/05/syrians-mass-on-turkish-border";
    public static final String REUTERS_LINK = "https://wire.example.com/article/syria-offensive-20160208";
    public static final String KERRY_LINK = "https://news.example.org/world/2016/02/05/kerry-russia-ceasefire";

    private Feeds() {}

    /** Entries: 1 full content:encoded, 2 description only, 3 nothing at all (a bad entry). */
    public static String rss() {
        List<String> afp = Articles.paragraphs(Samples.AFP);
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
                <channel>
                  <title>World News: Middle East</title>
                  <link>https://news.example.org/world/middle-east</link>
                  <description>Latest Middle East headlines</description>
                  <language>en-gb</language>
                  <item>
                    <title>Syrians mass on Turkish border as regime advances</title>
                    <link>%s</link>
                    <guid isPermaLink="true">%s</guid>
                    <pubDate>Fri, 05 Feb 2016 17:42:00 GMT</pubDate>
                    <description>%s</description>
                    <content:encoded><![CDATA[%s]]></content:encoded>
                  </item>
                  <item>
                    <title>Kerry says Russia ready for ceasefire</title>
                    <link>%s</link>
                    <pubDate>Fri, 05 Feb 2016 19:05:00 GMT</pubDate>
                    <description>%s</description>
                  </item>
                  <item>
                    <title>Photos: the Bab al-Salama crossing</title>
                    <link>https://news.example.org/pictures/bab-al-salama</link>
                    <pubDate>Fri, 05 Feb 2016 20:00:00 GMT</pubDate>
                  </item>
                </channel>
                </rss>
                """.formatted(AFP_LINK, AFP_LINK, Articles.escape(afp.get(0)), Articles.fragment(afp.subList(0, 6)),
                KERRY_LINK, Articles.escape(Articles.fragment(afp.subList(4, 7))));
    }

    /** Entries: 1 HTML content, 2 text content. */
    public static String atom() {
        List<String> reuters = Articles.paragraphs(Samples.REUTERS);
        return """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
                  <title>Wire Service: World</title>
                  <id>urn:uuid:2f3d9b52-4f0c-4b6e-9a8e-1d2c3b4a5f60</id>
                  <updated>2016-02-08T18:30:00Z</updated>
                  <link href="https://wire.example.com/world"/>
                  <entry>
                    <title>Syrian army advances towards Turkish border in major offensive</title>
                    <id>urn:wire:syria-offensive-20160208</id>
                    <link rel="alternate" href="%s"/>
                    <published>2016-02-08T14:10:00Z</published>
                    <updated>2016-02-08T16:45:00Z</updated>
                    <content type="html">%s</content>
                  </entry>
                  <entry>
                    <title>Rebels say insurrection threatened</title>
                    <id>urn:wire:syria-rebels-20160208</id>
                    <link rel="alternate" href="https://wire.example.com/article/syria-rebels-20160208"/>
                    <updated>2016-02-08T18:30:00Z</updated>
                    <content type="text">%s</content>
                  </entry>
                </feed>
                """.formatted(REUTERS_LINK, Articles.escape(Articles.fragment(reuters.subList(0, 6))),
                Articles.escape(reuters.get(2) + "\n\n" + reuters.get(3)));
    }
}
