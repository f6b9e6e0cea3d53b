package org.sitrep.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.testing.Samples;

/** Events in the reports: ACLED's CSV, GeoJSON points, the Markdown timeline and situation summary, HTML. */
class EventReportsTest {

    @Test
    void eventsAreRowsUnderAcledsColumnNamesWithTheMergedCaptureOfMayer(@TempDir Path out) throws Exception {
        DossierFormats.writeAll(Samples.dated(), List.of("events", "geojson"), out);

        List<String> csv = Files.readAllLines(out.resolve("events.csv"));
        assertThat(csv.getFirst()).startsWith("event_id_cnty,event_date,year,time_precision,disorder_type,event_type,"
                + "sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,country,admin1,"
                + "location,latitude,longitude,geo_precision,source,notes,fatalities");
        assertThat(csv).anyMatch(row -> row.contains(",2016-02-05,2016,1,\"Political violence\",Battles,"
                + "\"Government regains territory\",army,,1,") && row.contains("\"AFP; Reuters\"")
                && row.contains("Mayer"));
        assertThat(csv).anyMatch(row -> row.contains(",2016-02-01,2016,2,,Diplomacy,\"Talks collapsed\","));
        assertThat(Files.readString(out.resolve("dossier.geojson"))).contains("\"kind\" : \"event\"");
    }

    @Test
    void theSituationSummaryAndTheTimelineShowEachEventWithItsSourcesAndEvidence(@TempDir Path out) throws Exception {
        DossierFormats.writeAll(Samples.dated(), List.of("md", "html"), out);

        String md = Files.readString(out.resolve("dossier.md"));
        String summary = md.substring(md.indexOf("## Situation summary"), md.indexOf("## Stories"));
        assertThat(summary).contains("**Events**")
                .containsPattern("- 2016-02-05: Battles / Government regains territory — army, Mayer \\(2 source\\(s\\):"
                        + " AFP; Reuters\\) — \\[[^\\]]+, chars \\d+–\\d+\\] \\[[^\\]]+, chars \\d+–\\d+\\]");
        assertThat(md).contains("## Events", "| 2016-W05 | Diplomacy / Talks collapsed | Syrian government |");
        // a place reads as the report wrote it, with where the gazetteer put it
        assertThat(md.substring(md.indexOf("## Events"), md.indexOf("## Figures"))).contains("| Azaz (I‘zāz, SY) |");
        String html = Files.readString(out.resolve("dossier.html"));
        assertThat(html).contains("<h2>Events</h2>", "<td>Battles / Government regains territory</td>");
    }
}
