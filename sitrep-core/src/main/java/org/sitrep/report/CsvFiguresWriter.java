package org.sitrep.report;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Dossier;

/** The figures table as CSV, for a spreadsheet: one row per claim, with its interval, source and span. */
public final class CsvFiguresWriter implements DossierWriter {

    private static final List<String> COLUMNS = List.of(
            "document_id", "document", "outlet", "wire_agency", "as_written", "low", "low_closed", "high", "high_closed",
            "precision", "qualifier", "unit", "measure", "object", "place", "place_geonames_id", "latitude", "longitude", "country", "time",
            "claimed_by", "hedges",
            "span_begin", "span_end", "sentence");

    @Override
    public String format() {
        return "csv";
    }

    @Override
    public String fileName() {
        return "figures.csv";
    }

    @Override
    public void write(Dossier dossier, Writer out) throws IOException {
        var writer = CsvTable.open(out, COLUMNS);
        for (ClaimRows.Row row : ClaimRows.of(dossier)) {
            var claim = row.claim();
            var doc = row.from().document();
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("document_id", doc.id());
            values.put("document", doc.source());
            values.put("outlet", ClaimRows.Row.orEmpty(doc.outlet()));
            values.put("wire_agency", ClaimRows.Row.orEmpty(doc.wireAgency()));
            values.put("as_written", claim.asWritten());
            values.put("low", claim.value() == null || claim.value().low() == null ? "" : Intervals.number(claim.value().low()));
            values.put("low_closed", claim.value() != null && claim.value().lowClosed());
            values.put("high", claim.value() == null || claim.value().high() == null ? "" : Intervals.number(claim.value().high()));
            values.put("high_closed", claim.value() != null && claim.value().highClosed());
            values.put("precision", claim.value() == null ? "" : ClaimRows.Row.orEmpty(claim.value().precision()));
            values.put("qualifier", ClaimRows.Row.orEmpty(claim.qualifier()));
            values.put("unit", ClaimRows.Row.orEmpty(claim.unit()));
            values.put("measure", ClaimRows.Row.orEmpty(claim.measure()));
            values.put("object", ClaimRows.Row.orEmpty(claim.object()));
            var place = claim.place();
            var resolved = place == null ? null : place.resolved();
            values.put("place", place == null ? "" : place.span().text());
            values.put("place_geonames_id", resolved == null ? "" : ClaimRows.Row.orEmpty(resolved.gazetteerId()));
            values.put("latitude", resolved == null ? "" : resolved.latitude());
            values.put("longitude", resolved == null ? "" : resolved.longitude());
            values.put("country", resolved == null ? "" : ClaimRows.Row.orEmpty(resolved.country()));
            values.put("time", row.time());
            values.put("claimed_by", row.claimedBy());
            values.put("hedges", String.join("; ", claim.hedges()));
            values.put("span_begin", claim.span().begin());
            values.put("span_end", claim.span().end());
            values.put("sentence", row.sentence());
            writer.write(values);
        }
        writer.flush();
    }
}
