package org.sitrep.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.sitrep.model.Claim;
import org.sitrep.model.ClaimGroup;
import org.sitrep.model.DocumentAnalysis;
import org.sitrep.model.Entity;
import org.sitrep.model.Event;
import org.sitrep.model.PlaceMention;
import org.sitrep.model.Span;
import org.sitrep.model.Story;
import scala.Tuple2;

/**
 * The Parquet tables' schemas and rows. Every row of an extraction carries its provenance: the document id and
 * the character span ({@code begin}, {@code end}) in that document's clean text. The documents table keeps the
 * whole analysis as the store's JSON, so nothing the tables flatten is lost.
 */
final class TableRows {

    private TableRows() {}

    static final StructType DOCUMENTS = schema("id string, source string, file string, record long, url string, "
            + "outlet string, wire_agency string, published string, title string, language string, clean_text string, "
            + "analysis_json string");
    static final StructType ENTITIES = schema("document_id string, entity_id string, name string, type string, "
            + "aliases array<string>, mentions int, begin int, end int, place_id string, across_reports_id string, "
            + "across_reports_name string");
    static final StructType PLACES = schema("document_id string, begin int, end int, text string, place_id string, "
            + "resolved_name string, country string, latitude double, longitude double, confidence double");
    static final StructType CLAIMS = schema("document_id string, begin int, end int, text string, qualifier string, "
            + "low double, high double, unit string, measure string, object string, place string, time string, "
            + "speaker string");
    static final StructType EVENTS = schema("document_id string, type string, sub_type string, actor1 string, "
            + "actor2 string, place string, time string, fatalities long, begin int, end int");
    static final StructType CLAIM_GROUPS = schema("id string, measure string, object string, place string, "
            + "period string, verdict string, independent_sources int, sources array<string>, reasoning string, "
            + "claims array<string>");
    static final StructType STORIES = schema("id string, label string, from_date string, to_date string, "
            + "members array<string>, places array<string>");
    static final StructType SKIPPED = schema("source string, problem string");

    /**
     * Every row one document gives the per-document tables, by table name: its analysis is read once for all.
     * {@code links}: each entity's entity across reports.
     */
    static List<Tuple2<String, Row>> of(AnalyzedDocument row, AcrossReports links) {
        DocumentAnalysis analysis = row.analysis();
        List<Tuple2<String, Row>> out = new ArrayList<>();
        out.add(new Tuple2<>("documents", document(row, analysis)));
        entities(analysis, links).forEach(entity -> out.add(new Tuple2<>("entities", entity)));
        places(analysis).forEach(place -> out.add(new Tuple2<>("places", place)));
        claims(analysis).forEach(claim -> out.add(new Tuple2<>("claims", claim)));
        events(analysis).forEach(event -> out.add(new Tuple2<>("events", event)));
        return out;
    }

    static Row document(AnalyzedDocument row, DocumentAnalysis analysis) {
        var d = analysis.document();
        return RowFactory.create(d.id(), d.source(), row.file(), row.number(), d.url(), d.outlet(), d.wireAgency(),
                d.published() == null ? null : d.published().iso(), d.title(), d.language(), d.cleanText(), row.json());
    }

    /** Per-document entity id → the id and the canonical name of its entity across reports. */
    record AcrossReports(Map<String, String> ids, Map<String, String> names) implements Serializable {}

    static List<Row> entities(DocumentAnalysis analysis, AcrossReports links) {
        List<Row> rows = new ArrayList<>();
        for (Entity e : analysis.entities()) {
            Span first = e.mentions().isEmpty() ? null : e.mentions().getFirst();
            rows.add(RowFactory.create(analysis.document().id(), e.id(), e.canonicalName(), e.type().name(),
                    e.aliases().toArray(String[]::new), e.mentions().size(), first == null ? null : first.begin(),
                    first == null ? null : first.end(), e.placeId(), links.ids().get(e.id()), links.names().get(e.id())));
        }
        return rows;
    }

    static List<Row> places(DocumentAnalysis analysis) {
        List<Row> rows = new ArrayList<>();
        for (PlaceMention p : analysis.places()) {
            var place = p.resolved();
            rows.add(RowFactory.create(analysis.document().id(), p.span().begin(), p.span().end(), p.span().text(),
                    place == null ? null : place.gazetteerId(), place == null ? null : place.name(),
                    place == null ? null : place.country(), place == null ? null : place.latitude(),
                    place == null ? null : place.longitude(), p.confidence()));
        }
        return rows;
    }

    static List<Row> claims(DocumentAnalysis analysis) {
        List<Row> rows = new ArrayList<>();
        for (Claim c : analysis.claims()) {
            var speaker = c.attribution() == null ? null : c.attribution().source();
            rows.add(RowFactory.create(analysis.document().id(), c.span().begin(), c.span().end(), c.asWritten(),
                    c.qualifier(), c.value() == null ? null : c.value().low(), c.value() == null ? null : c.value().high(),
                    c.unit(), c.measure(), c.object(), placeName(c.place()), c.time() == null ? null : c.time().normalized(),
                    speaker == null ? null : speaker.name()));
        }
        return rows;
    }

    static List<Row> events(DocumentAnalysis analysis) {
        List<Row> rows = new ArrayList<>();
        for (Event e : analysis.events()) {
            Span first = e.evidence().isEmpty() ? null : e.evidence().getFirst();
            rows.add(RowFactory.create(analysis.document().id(), e.type(), e.subType(),
                    e.actor1() == null ? null : e.actor1().name(), e.actor2() == null ? null : e.actor2().name(),
                    placeName(e.place()), e.time() == null ? null : e.time().normalized(),
                    e.fatalityCount(),
                    first == null ? null : first.begin(), first == null ? null : first.end()));
        }
        return rows;
    }

    static Row claimGroup(ClaimGroup g) {
        return RowFactory.create(g.id(), g.measure(), g.object(), g.place(), g.period(), g.verdict().name(),
                g.independentSources(), g.sources().toArray(String[]::new), g.reasoning(),
                g.claims().stream().map(TableRows::claimKey).toArray(String[]::new));
    }

    static Row story(Story s) {
        return RowFactory.create(s.id(), s.label(), s.from() == null ? null : s.from().toString(),
                s.to() == null ? null : s.to().toString(), s.members().toArray(String[]::new),
                s.places().toArray(String[]::new));
    }

    /** A claim's provenance as one value, {@code documentId:begin-end}: how a claim group names its claims. */
    static String claimKey(Claim claim) {
        Span span = claim.span();
        return span.documentId() + ":" + span.begin() + "-" + span.end();
    }

    private static String placeName(PlaceMention place) {
        if (place == null) {
            return null;
        }
        return place.resolved() != null ? place.resolved().name() : place.span().text();
    }

    private static StructType schema(String ddl) {
        return StructType.fromDDL(ddl);
    }
}
