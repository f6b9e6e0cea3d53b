package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.sitrep.model.Claim;
import org.sitrep.model.Document;
import org.sitrep.model.DocumentAnalysis;
import org.sitrep.model.Entity;
import org.sitrep.model.PlaceMention;
import org.sitrep.model.Quote;
import org.sitrep.model.RemovedSpan;
import org.sitrep.model.Span;
import org.sitrep.model.TimeRef;

/**
 * Writes one analysis as normalised rows (document, removed spans, entities and their mentions, times,
 * places, quotes, claims) on a connection whose transaction the caller owns. The rows are there for SQL
 * questions across documents ("every claim of people displaced"); the JSON column is what is read back.
 */
final class AnalysisRows {

    private AnalysisRows() {}

    static void insert(Connection db, DocumentAnalysis analysis, String sourceKey, int version) throws SQLException {
        Document d = analysis.document();
        try (PreparedStatement row = db.prepareStatement("""
                INSERT INTO documents (id, source_key, version, source, url, outlet, wire_agency, byline, dateline,
                    published_date, published_at, language, title, raw_text, clean_text, ingested_at, stored_at,
                    analysis_json)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            row.setString(1, d.id());
            row.setString(2, sourceKey);
            row.setInt(3, version);
            row.setString(4, d.source());
            row.setString(5, d.url());
            row.setString(6, d.outlet());
            row.setString(7, d.wireAgency());
            row.setString(8, d.byline());
            row.setString(9, d.dateline());
            row.setObject(10, d.published() != null ? d.published().date() : null, Types.DATE);
            row.setObject(11, d.published() != null ? d.published().instant() : null, Types.TIMESTAMP_WITH_TIMEZONE);
            row.setString(12, d.language());
            row.setString(13, d.title());
            row.setString(14, d.rawText());
            row.setString(15, d.cleanText());
            row.setObject(16, utc(d.ingestedAt()), Types.TIMESTAMP_WITH_TIMEZONE);
            row.setObject(17, utc(Instant.now()), Types.TIMESTAMP_WITH_TIMEZONE);
            row.setString(18, AnalysisJson.write(analysis));
            row.executeUpdate();
        }
        removedSpans(db, d);
        entities(db, d.id(), analysis.entities());
        times(db, d.id(), analysis.times());
        places(db, d.id(), analysis.places());
        quotes(db, d.id(), analysis.quotes());
        claims(db, d.id(), analysis.claims());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static void removedSpans(Connection db, Document d) throws SQLException {
        try (PreparedStatement row = db.prepareStatement(
                "INSERT INTO removed_spans (document_id, ordinal, raw_begin, raw_end, clean_offset, reason, text) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            List<RemovedSpan> removed = d.removed();
            for (int i = 0; i < removed.size(); i++) {
                RemovedSpan cut = removed.get(i);
                row.setString(1, d.id());
                row.setInt(2, i);
                row.setInt(3, cut.begin());
                row.setInt(4, cut.end());
                row.setInt(5, cut.cleanOffset());
                row.setString(6, cut.reason().name());
                row.setString(7, cut.text());
                row.addBatch();
            }
            row.executeBatch();
        }
    }

    private static void entities(Connection db, String id, List<Entity> entities) throws SQLException {
        try (PreparedStatement row = db.prepareStatement("INSERT INTO entities "
                + "(document_id, ordinal, entity_id, canonical_name, type, place_id) VALUES (?, ?, ?, ?, ?, ?)");
             PreparedStatement mention = db.prepareStatement("INSERT INTO entity_mentions "
                     + "(document_id, entity_ordinal, ordinal, span_begin, span_end, text) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < entities.size(); i++) {
                Entity entity = entities.get(i);
                row.setString(1, id);
                row.setInt(2, i);
                row.setString(3, entity.id());
                row.setString(4, entity.canonicalName());
                row.setString(5, entity.type().name());
                row.setString(6, entity.placeId());
                row.addBatch();
                for (int m = 0; m < entity.mentions().size(); m++) {
                    Span span = entity.mentions().get(m);
                    mention.setString(1, id);
                    mention.setInt(2, i);
                    mention.setInt(3, m);
                    mention.setInt(4, span.begin());
                    mention.setInt(5, span.end());
                    mention.setString(6, span.text());
                    mention.addBatch();
                }
            }
            row.executeBatch();
            mention.executeBatch();
        }
    }

    private static void times(Connection db, String id, List<TimeRef> times) throws SQLException {
        try (PreparedStatement row = db.prepareStatement("INSERT INTO times "
                + "(document_id, ordinal, span_begin, span_end, text, normalized, type, anchored) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < times.size(); i++) {
                TimeRef time = times.get(i);
                spanColumns(row, id, i, time.span());
                row.setString(6, time.normalized());
                row.setString(7, time.type());
                row.setBoolean(8, time.anchored());
                row.addBatch();
            }
            row.executeBatch();
        }
    }

    private static void places(Connection db, String id, List<PlaceMention> places) throws SQLException {
        try (PreparedStatement row = db.prepareStatement("INSERT INTO places (document_id, ordinal, span_begin, span_end, "
                + "text, gazetteer_id, name, latitude, longitude, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < places.size(); i++) {
                PlaceMention place = places.get(i);
                spanColumns(row, id, i, place.span());
                boolean resolved = place.resolved() != null;
                row.setString(6, resolved ? place.resolved().gazetteerId() : null);
                row.setString(7, resolved ? place.resolved().name() : null);
                row.setObject(8, resolved ? place.resolved().latitude() : null, Types.DOUBLE);
                row.setObject(9, resolved ? place.resolved().longitude() : null, Types.DOUBLE);
                row.setDouble(10, place.confidence());
                row.addBatch();
            }
            row.executeBatch();
        }
    }

    private static void quotes(Connection db, String id, List<Quote> quotes) throws SQLException {
        try (PreparedStatement row = db.prepareStatement("INSERT INTO quotes (document_id, ordinal, span_begin, span_end, "
                + "text, direct, speaker, speaker_entity_id, cue_verb) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < quotes.size(); i++) {
                Quote quote = quotes.get(i);
                spanColumns(row, id, i, quote.span());
                row.setBoolean(6, quote.direct());
                row.setString(7, quote.speaker() != null ? quote.speaker().name() : null);
                row.setString(8, quote.speaker() != null ? quote.speaker().entityId() : null);
                row.setString(9, quote.cueVerb());
                row.addBatch();
            }
            row.executeBatch();
        }
    }

    private static void claims(Connection db, String id, List<Claim> claims) throws SQLException {
        try (PreparedStatement row = db.prepareStatement("INSERT INTO claims (document_id, ordinal, span_begin, span_end, "
                + "text, as_written, low, low_closed, high, high_closed, qualifier, unit, measure, counted, claimed_by) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < claims.size(); i++) {
                Claim claim = claims.get(i);
                spanColumns(row, id, i, claim.span());
                row.setString(6, claim.asWritten());
                row.setObject(7, claim.value() != null ? claim.value().low() : null, Types.DOUBLE);
                row.setBoolean(8, claim.value() != null && claim.value().lowClosed());
                row.setObject(9, claim.value() != null ? claim.value().high() : null, Types.DOUBLE);
                row.setBoolean(10, claim.value() != null && claim.value().highClosed());
                row.setString(11, claim.qualifier());
                row.setString(12, claim.unit());
                row.setString(13, claim.measure());
                row.setString(14, claim.object());
                row.setString(15, claim.attribution() != null && claim.attribution().source() != null
                        ? claim.attribution().source().name() : null);
                row.addBatch();
            }
            row.executeBatch();
        }
    }

    private static void spanColumns(PreparedStatement row, String id, int ordinal, Span span) throws SQLException {
        row.setString(1, id);
        row.setInt(2, ordinal);
        row.setInt(3, span.begin());
        row.setInt(4, span.end());
        row.setString(5, span.text());
    }
}
