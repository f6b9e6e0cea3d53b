package org.sitrep.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.testing.Samples;

class GeoJsonDossierWriterTest {

    @Test
    void placesArePointsWithLongitudeFirstAndTheirNamesAsWritten(@TempDir Path out) throws Exception {
        DossierFormats.writeAll(Samples.undated(), List.of("geojson", "md"), out);

        JsonNode geojson = JsonDossierWriter.JSON.readTree(out.resolve("dossier.geojson").toFile());
        assertThat(geojson.get("type").asText()).isEqualTo("FeatureCollection");
        JsonNode aleppo = null;
        for (JsonNode feature : geojson.get("features")) {
            if (feature.get("properties").get("kind").asText().equals("place")
                    && feature.get("properties").get("gazetteerId").asText().equals("170063")) {
                aleppo = feature;
            }
        }
        assertThat(aleppo).isNotNull();
        assertThat(aleppo.get("geometry").get("coordinates").get(0).asDouble()).isBetween(37.0, 37.3); // longitude
        assertThat(aleppo.get("geometry").get("coordinates").get(1).asDouble()).isBetween(36.1, 36.3);
        assertThat(aleppo.get("properties").get("mentions").asInt()).isGreaterThan(5);
        assertThat(java.nio.file.Files.readString(out.resolve("dossier.md")))
                .contains("## Places", "| Aleppo | 36.2012, 37.1612 |", "five km (3 miles) from the rebel-held town of Tal Rafaat");
    }
}
