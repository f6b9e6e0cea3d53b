package org.sitrep.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.Claim;
import org.sitrep.model.Dossier;
import org.sitrep.model.Interval;

/**
 * The figures table as CSV with an HXL hashtag row under the header (Humanitarian Exchange Language,
 * https://hxlstandard.org/standard/1-1final/dictionary/), so HDX tools and humanitarian spreadsheets read the
 * columns without mapping: one row per claim, its figure in the column of its measure ({@code #affected+killed},
 * {@code #affected+displaced}…; counts of things other than people under {@code #indicator+num}), with place,
 * date, source and the span it came from.
 */
public final class HxlFiguresWriter implements DossierWriter {

    /** HXL's own attribute where it has one for a measure (https://hxlstandard.org: +injured, +infected). */
    private static final Map<String, String> HXL_ATTRIBUTE = Map.of("wounded", "injured", "cases", "infected");
    /** Measures that count something other than people. */
    private static final Set<String> NOT_PEOPLE = Set.of("strikes", "buildings", "distance", "money", "other");

    private static final CsvMapper CSV = (CsvMapper) new CsvMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    @Override
    public String format() {
        return "hxl";
    }

    @Override
    public String fileName() {
        return "figures.hxl.csv";
    }

    @Override
    public void write(Dossier dossier, Writer out) throws IOException {
        List<ClaimRows.Row> rows = ClaimRows.of(dossier);
        Set<String> measures = new LinkedHashSet<>();
        rows.forEach(row -> measures.add(measureOf(row.claim())));
        Map<String, String> columns = new LinkedHashMap<>(); // header → hashtag
        measures.forEach(measure -> columns.put(measure, hashtag(measure)));
        columns.put("low", "#indicator+num+min");
        columns.put("high", "#indicator+num+max");
        columns.put("as_written", "#description+figure");
        columns.put("qualifier", "#meta+qualifier");
        columns.put("object", "#population+type");
        columns.put("place", "#loc+name");
        columns.put("adm1_code", "#adm1+code");
        columns.put("country_code", "#country+code");
        columns.put("latitude", "#geo+lat");
        columns.put("longitude", "#geo+lon");
        columns.put("date", "#date");
        columns.put("claimed_by", "#meta+source");
        columns.put("outlet", "#org+name+outlet");
        columns.put("document_id", "#meta+id");
        columns.put("url", "#meta+url");
        columns.put("span_begin", "#meta+span+begin");
        columns.put("span_end", "#meta+span+end");
        columns.put("sentence", "#description+sentence");

        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        columns.keySet().forEach(schema::addColumn);
        var writer = CSV.writer(schema.build()).writeValues(out);
        writer.write(new ArrayList<>(columns.values()));
        for (ClaimRows.Row row : rows) {
            writer.write(values(row, columns.keySet(), measures));
        }
        writer.flush();
    }

    private static List<Object> values(ClaimRows.Row row, Set<String> columns, Set<String> measures) {
        Claim claim = row.claim();
        var doc = row.from().document();
        var resolved = claim.place() == null ? null : claim.place().resolved();
        Map<String, Object> values = new LinkedHashMap<>();
        measures.forEach(measure -> values.put(measure, measure.equals(measureOf(claim)) ? stated(claim.value()) : ""));
        values.put("low", claim.value() == null || claim.value().low() == null ? "" : Intervals.number(claim.value().low()));
        values.put("high", claim.value() == null || claim.value().high() == null ? "" : Intervals.number(claim.value().high()));
        values.put("as_written", claim.asWritten());
        values.put("qualifier", ClaimRows.Row.orEmpty(claim.qualifier()));
        values.put("object", ClaimRows.Row.orEmpty(claim.object()));
        values.put("place", claim.place() == null ? "" : claim.place().span().text());
        values.put("adm1_code", resolved == null ? "" : ClaimRows.Row.orEmpty(resolved.admin1()));
        values.put("country_code", resolved == null ? "" : ClaimRows.Row.orEmpty(resolved.country()));
        values.put("latitude", resolved == null ? "" : resolved.latitude());
        values.put("longitude", resolved == null ? "" : resolved.longitude());
        values.put("date", date(row));
        values.put("claimed_by", row.claimedBy());
        values.put("outlet", row.outlet());
        values.put("document_id", doc.id());
        values.put("url", ClaimRows.Row.orEmpty(doc.url() != null ? doc.url() : doc.source()));
        values.put("span_begin", claim.span().begin());
        values.put("span_end", claim.span().end());
        values.put("sentence", row.sentence());
        List<Object> ordered = new ArrayList<>();
        columns.forEach(column -> ordered.add(values.get(column)));
        return ordered;
    }

    private static String measureOf(Claim claim) {
        return claim.measure() == null || claim.measure().isBlank() ? "other" : claim.measure();
    }

    /** "#affected+killed"; "#indicator+num+strikes" for what is not people; "#population+total" for a population. */
    static String hashtag(String measure) {
        if (measure.equals("population")) {
            return "#population+total";
        }
        String attribute = HXL_ATTRIBUTE.getOrDefault(measure, measure.replaceAll("[^a-z0-9_]", "_"));
        return NOT_PEOPLE.contains(measure) ? "#indicator+num+" + attribute : "#affected+" + attribute;
    }

    /** The figure the text states: the bound it names ("at least 250,000" → 250000, "up to 20,000" → 20000). */
    private static String stated(Interval value) {
        if (value == null) {
            return "";
        }
        boolean hasLow = value.low() != null && value.low() > 0;
        if (hasLow) {
            return Intervals.number(value.low());
        }
        return value.high() == null ? "" : Intervals.number(value.high());
    }

    /** The sentence's date when it has one (normalized, ISO 8601), else the report's publication day. */
    private static String date(ClaimRows.Row row) {
        var time = row.claim().time();
        if (time != null && time.normalized() != null && time.normalized().matches("\\d{4}-\\d\\d-\\d\\d.*")) {
            return time.normalized().substring(0, 10);
        }
        var published = row.from().document().published();
        return published == null ? "" : published.date().toString();
    }
}
