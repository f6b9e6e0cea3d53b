package org.sitrep.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The toponyms of the geoparsing corpora (Gritta et al. 2019, GPL-3.0) with their gold coordinates. GeoWebNews
 * toponyms count when they have coordinates and are not marked non-locational; TR-News and GeoVirus toponyms
 * all have coordinates. A toponym whose offsets do not read its name is dropped and counted.
 */
public final class PlacesGold {

    /** One gold toponym; {@code geonamesId} is "" where the corpus gives none (GeoVirus, some GeoWebNews). */
    public record Toponym(int begin, int end, String name, double latitude, double longitude, String geonamesId) {}

    /** One article, keyed {@code corpus#index} (the key the split hashes). */
    public record Article(String corpus, String key, String text, List<Toponym> toponyms) {
        public String split() {
            return CleanEvaluation.split(key);
        }
    }

    /** The corpora read and how many gold toponyms did not stand at their offsets. */
    public record Corpora(List<Article> articles, int misplaced) {}

    private PlacesGold() {}

    public static Corpora read(Path shared) throws IOException {
        Path folder = shared.resolve(ClaimsArticles.DATA);
        List<Article> articles = new ArrayList<>();
        int[] misplaced = {0};
        read(folder.resolve("GeoWebNews.xml"), "GeoWebNews", "toponym", articles, misplaced);
        read(folder.resolve("TR-News.xml"), "TR-News", "toponym", articles, misplaced);
        read(folder.resolve("GeoVirus.xml"), "GeoVirus", "location", articles, misplaced);
        return new Corpora(articles, misplaced[0]);
    }

    private static void read(Path file, String corpus, String tag, List<Article> out, int[] misplaced)
            throws IOException {
        NodeList nodes = CorpusXml.articles(file);
        for (int i = 0; i < nodes.getLength(); i++) {
            Element article = (Element) nodes.item(i);
            NodeList textNodes = article.getElementsByTagName("text");
            String text = textNodes.getLength() == 0 ? "" : textNodes.item(0).getTextContent();
            List<Toponym> toponyms = new ArrayList<>();
            NodeList tags = article.getElementsByTagName(tag);
            for (int k = 0; k < tags.getLength(); k++) {
                Element t = (Element) tags.item(k);
                String lat = first(t, "latitude", "lat");
                String lon = first(t, "longitude", "lon");
                if (lat.isBlank() || lon.isBlank() || first(t, "nonLocational").equals("Yes")) {
                    continue;
                }
                int begin = Integer.parseInt(first(t, "start").strip());
                int end = Integer.parseInt(first(t, "end").strip());
                String name = first(t, "extractedName", "phrase", "name");
                int shift = shift(text, begin, end, name);
                if (shift == Integer.MIN_VALUE) {
                    misplaced[0]++;
                    continue;
                }
                begin += shift;
                end += shift;
                NodeList gaztag = t.getElementsByTagName("gaztag");
                String id = gaztag.getLength() > 0 ? ((Element) gaztag.item(0)).getAttribute("geonameid")
                        : first(t, "geonamesID");
                toponyms.add(new Toponym(begin, end, name, Double.parseDouble(lat.strip()),
                        Double.parseDouble(lon.strip()), id.strip()));
            }
            out.add(new Article(corpus, corpus + "#" + i, text, toponyms));
        }
    }

    /**
     * 0 when the name stands at its offsets; GeoVirus counts offsets from 1, so -1 there (+1 is tried for
     * symmetry); {@link Integer#MIN_VALUE} when the name is at neither.
     */
    private static int shift(String text, int begin, int end, String name) {
        for (int shift : new int[] {0, -1, 1}) {
            int b = begin + shift;
            int e = end + shift;
            if (b >= 0 && e >= b && e <= text.length() && text.substring(b, e).equals(name)) {
                return shift;
            }
        }
        return Integer.MIN_VALUE;
    }

    /** The text of the first of these child elements present, or "". */
    private static String first(Element parent, String... names) {
        for (String name : names) {
            NodeList found = parent.getElementsByTagName(name);
            if (found.getLength() > 0) {
                return found.item(0).getTextContent();
            }
        }
        return "";
    }
}
