package org.sitrep.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** The {@code <article>} elements of a geoparsing corpus file (GeoWebNews, TR-News, GeoVirus). */
final class CorpusXml {

    private CorpusXml() {}

    static NodeList articles(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("missing corpus file " + file.toAbsolutePath());
        }
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            // The corpora are plain XML; refusing DTDs keeps a tampered file from reaching out of the machine.
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement().getElementsByTagName("article");
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("cannot parse " + file + ": " + e.getMessage(), e);
        }
    }
}
