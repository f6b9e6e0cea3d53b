package org.sitrep.report;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Dossier;

/**
 * The events as CSV with ACLED's column names (codebook 2023+), one row per event (reports of one event merged),
 * for a coder to review rather than type; then sitrep's own columns: independent sources, documents, evidence spans.
 * Columns ACLED fills from its own registers (iso, region, admin2/3, source_scale, tags, timestamp) are left out; an
 * unknown date, place or fatality count is left empty, never guessed.
 */
public final class CsvEventsWriter implements DossierWriter {

    private static final List<String> COLUMNS = List.of(
            "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
            "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "country", "admin1",
            "location", "latitude", "longitude", "geo_precision", "source", "notes", "fatalities",
            "independent_sources", "document_ids", "evidence");

    @Override
    public String format() {
        return "events";
    }

    @Override
    public String fileName() {
        return "events.csv";
    }

    @Override
    public void write(Dossier dossier, Writer out) throws IOException {
        var writer = CsvTable.open(out, COLUMNS);
        for (EventRows.Row row : EventRows.of(dossier)) {
            var event = row.event();
            var resolved = event.place() == null ? null : event.place().resolved();
            String inter1 = EventRows.Row.inter(event.actor1());
            String inter2 = EventRows.Row.inter(event.actor2());
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("event_id_cnty", row.merged().id());
            values.put("event_date", row.acledDate());
            values.put("year", row.acledDate().isEmpty() ? "" : row.acledDate().substring(0, 4));
            values.put("time_precision", event.timePrecision() == 0 ? "" : event.timePrecision());
            values.put("disorder_type", row.disorderType());
            values.put("event_type", event.type());
            values.put("sub_event_type", event.subType());
            values.put("actor1", event.actor1() == null ? "" : event.actor1().name());
            values.put("assoc_actor_1", row.associates());
            values.put("inter1", inter1);
            values.put("actor2", event.actor2() == null ? "" : event.actor2().name());
            values.put("assoc_actor_2", "");
            values.put("inter2", inter2);
            values.put("interaction", interaction(inter1, inter2));
            values.put("country", row.country());
            values.put("admin1", resolved == null || resolved.admin1() == null ? "" : resolved.admin1());
            values.put("location", row.location());
            values.put("latitude", resolved == null ? "" : resolved.latitude());
            values.put("longitude", resolved == null ? "" : resolved.longitude());
            values.put("geo_precision", event.geoPrecision() == 0 ? "" : event.geoPrecision());
            values.put("source", row.sources());
            values.put("notes", row.notes());
            values.put("fatalities", row.fatalities());
            values.put("independent_sources", row.merged().independentSources());
            values.put("document_ids", String.join("; ", event.documentIds()));
            values.put("evidence", row.evidence());
            writer.write(values);
        }
        writer.flush();
    }

    /** ACLED's interaction code: the two inter codes, lower first ("12" state forces vs rebels; "10" one-sided). */
    private static String interaction(String inter1, String inter2) {
        if (inter1.isEmpty()) {
            return inter2;
        }
        if (inter2.isEmpty()) {
            return inter1 + "0";
        }
        return inter1.compareTo(inter2) <= 0 ? inter1 + inter2 : inter2 + inter1;
    }
}
