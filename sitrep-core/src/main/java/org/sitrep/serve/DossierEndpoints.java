package org.sitrep.serve;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.sitrep.model.ClaimGroup;
import org.sitrep.model.CrossDocumentEntity;
import org.sitrep.model.EntityType;
import org.sitrep.report.ClaimGroupRows;
import org.sitrep.report.ClaimRows;
import org.sitrep.report.DossierFormats;
import org.sitrep.report.DossierWriter;
import org.sitrep.report.GeoJsonDossierWriter;
import org.sitrep.report.JsonDossierWriter;
import org.sitrep.report.PlaceRows;
import org.sitrep.report.QuotesBySpeaker;
import org.sitrep.report.StoryRows;
import org.sitrep.report.Timeline;
import org.sitrep.serve.Views.DocumentSummary;
import org.sitrep.serve.Views.DocumentText;
import org.sitrep.serve.Views.EventView;
import org.sitrep.serve.Views.Evidence;
import org.sitrep.serve.Views.Figure;
import org.sitrep.serve.Views.FigureGroup;
import org.sitrep.serve.Views.Said;
import org.sitrep.serve.Views.SaidBy;
import org.sitrep.serve.Views.StoryView;
import org.sitrep.serve.Views.TimelineRow;

/**
 * The dossier's parts over HTTP: each handler reads its parameters, narrows the workspace's dossier to a story
 * when asked ({@code story=ID}), takes the rows the reports already build, and writes a page of them.
 */
final class DossierEndpoints {

    /** A place's evidence list is cut here: a capital named in every report would otherwise fill the page. */
    private static final int EVIDENCE_PER_PLACE = 20;

    private final Supplier<ScopedDossier> dossier;

    DossierEndpoints(Supplier<ScopedDossier> dossier) {
        this.dossier = dossier;
    }

    void stories(Context ctx) {
        ScopedDossier scope = scope(ctx);
        ctx.json(Page.of(scope.view("stories", () -> StoryRows.of(scope.dossier()).stream()
                .map(row -> StoryView.of(row, scope)).toList()), Paging.of(ctx)));
    }

    void story(Context ctx) {
        ScopedDossier scope = dossier.get();
        ScopedDossier story = scope.story(ctx.pathParam("id"));
        ctx.json(StoryView.of(StoryRows.of(story.dossier()).get(0), scope));
    }

    void storyDossier(Context ctx) {
        ctx.json(dossier.get().story(ctx.pathParam("id")).dossier());
    }

    void documents(Context ctx) {
        ScopedDossier all = dossier.get();
        ctx.json(Page.of(scope(ctx).dossier().documents().stream()
                .map(d -> DocumentSummary.of(d, all.storiesOf(d.document().id()))).toList(), Paging.of(ctx)));
    }

    void document(Context ctx) {
        ScopedDossier all = dossier.get();
        String id = ctx.pathParam("id");
        ctx.json(DocumentText.of(all.document(id), all.storiesOf(id)));
    }

    void entities(Context ctx) {
        EntityType type = entityType(ctx);
        String name = lower(Params.text(ctx, "name"));
        List<CrossDocumentEntity> entities = scope(ctx).dossier().crossDocumentEntities().stream()
                .filter(e -> type == null || e.type() == type)
                .filter(e -> name == null || e.canonicalName().toLowerCase(Locale.ROOT).contains(name)
                        || e.aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).contains(name)))
                .toList();
        ctx.json(Page.of(entities, Paging.of(ctx)));
    }

    /** Places as a GeoJSON FeatureCollection, paged ({@code total}, {@code offset}, {@code limit} beside it). */
    void places(Context ctx) {
        ScopedDossier scope = scope(ctx);
        Paging paging = Paging.of(ctx);
        Page<PlaceRows.Row> page = Page.of(scope.view("places", () -> PlaceRows.resolved(scope.dossier())), paging);
        ObjectNode collection = JsonDossierWriter.JSON.createObjectNode();
        collection.put("type", "FeatureCollection");
        collection.put("total", page.total()).put("offset", page.offset()).put("limit", page.limit());
        ArrayNode features = collection.putArray("features");
        for (PlaceRows.Row row : page.items()) {
            ObjectNode feature = GeoJsonDossierWriter.feature(row);
            ArrayNode evidence = ((ObjectNode) feature.get("properties")).putArray("evidence");
            row.spans().stream().limit(EVIDENCE_PER_PLACE).forEach(span -> evidence.addPOJO(
                    Evidence.of(scope.document(span.documentId()).document(), span)));
            features.add(feature);
        }
        ctx.contentType("application/geo+json").result(collection.toString());
    }

    void events(Context ctx) {
        String type = lower(Params.text(ctx, "type"));
        String place = lower(Params.text(ctx, "place"));
        String actor = lower(Params.text(ctx, "actor"));
        LocalDate from = Params.date(ctx, "from");
        LocalDate to = Params.date(ctx, "to");
        if (from != null && to != null && to.isBefore(from)) {
            throw new BadParameter("to", "before from (" + from + ")");
        }
        List<EventView> events = events(scope(ctx)).stream()
                .filter(e -> type == null || type.equalsIgnoreCase(e.type()) || type.equalsIgnoreCase(e.subType()))
                .filter(e -> place == null || contains(e.place(), place))
                .filter(e -> actor == null || contains(e.actor1(), actor) || contains(e.actor2(), actor))
                .filter(e -> from == null || (e.date() != null && e.date().compareTo(from.toString()) >= 0))
                .filter(e -> to == null || (e.date() != null && e.date().substring(0, Math.min(10, e.date().length()))
                        .compareTo(to.toString()) <= 0))
                .toList();
        ctx.json(Page.of(events, Paging.of(ctx)));
    }

    /** Events where the reports give them, and every dated mention, in calendar order. */
    void timeline(Context ctx) {
        ScopedDossier scope = scope(ctx);
        ctx.json(Page.of(scope.view("timeline", () -> {
            List<TimelineRow> rows = new ArrayList<>();
            events(scope).forEach(event -> rows.add(TimelineRow.of(event)));
            Timeline.of(scope.dossier().documents()).forEach(entry -> rows.add(TimelineRow.of(entry)));
            rows.sort(Comparator.comparing(TimelineRow::date, Comparator.nullsLast(Comparator.naturalOrder())));
            return rows;
        }), Paging.of(ctx)));
    }

    void claims(Context ctx) {
        String measure = Params.measure(ctx);
        ClaimGroup.Verdict verdict = Params.verdict(ctx);
        ScopedDossier scope = scope(ctx);
        List<Figure> figures = scope.view("claims " + measure + " " + verdict, () -> ClaimRows.of(scope.dossier()).stream()
                .filter(row -> measure == null || measure.equals(row.claim().measure()))
                .filter(row -> verdict == null || (scope.groupOf(row.claim()) != null
                        && scope.groupOf(row.claim()).verdict() == verdict))
                .map(row -> Figure.of(row, scope.groupOf(row.claim())))
                .toList());
        ctx.json(Page.of(figures, Paging.of(ctx)));
    }

    void claimGroups(Context ctx) {
        String measure = Params.measure(ctx);
        ClaimGroup.Verdict verdict = Params.verdict(ctx);
        ScopedDossier scope = scope(ctx);
        List<FigureGroup> groups = scope.view("claim-groups " + measure + " " + verdict, () -> ClaimGroupRows.of(scope.dossier()).stream()
                .filter(row -> measure == null || measure.equals(row.group().measure()))
                .filter(row -> verdict == null || row.group().verdict() == verdict)
                .map(FigureGroup::of)
                .toList());
        ctx.json(Page.of(groups, Paging.of(ctx)));
    }

    void quotes(Context ctx) {
        String speaker = lower(Params.text(ctx, "speaker"));
        ScopedDossier scope = scope(ctx);
        List<SaidBy> bySpeaker = scope.view("quotes", () -> QuotesBySpeaker.of(scope.dossier()).entrySet().stream()
                .map(e -> new SaidBy(e.getKey(), e.getValue().stream().map(s -> Said.of(s.from(), s.quote())).toList()))
                .toList());
        ctx.json(Page.of(bySpeaker.stream().filter(s -> speaker == null || contains(s.speaker(), speaker)).toList(),
                Paging.of(ctx)));
    }

    /** The dossier (or a story's) in any format {@code sitrep analyze} writes, as a download. */
    void export(Context ctx) throws IOException {
        String format = ctx.pathParam("format");
        DossierWriter writer;
        try {
            writer = DossierFormats.named(format);
        } catch (IllegalArgumentException e) {
            throw new BadParameter("format", e.getMessage());
        }
        StringWriter out = new StringWriter();
        writer.write(scope(ctx).dossier(), out);
        ctx.header("Content-Disposition", "attachment; filename=\"" + writer.fileName() + "\"");
        ctx.contentType(contentType(writer.format())).result(out.toString());
    }

    private static String contentType(String format) {
        return switch (format) {
            case "json" -> "application/json";
            case "geojson" -> "application/geo+json";
            case "csv", "hxl" -> "text/csv; charset=utf-8";
            case "md" -> "text/markdown; charset=utf-8";
            case "html" -> "text/html; charset=utf-8";
            default -> "text/plain; charset=utf-8";
        };
    }

    private List<EventView> events(ScopedDossier scope) {
        return scope.dossier().events().stream()
                .map(merged -> EventView.of(merged, id -> scope.document(id).document())).toList();
    }

    /** The whole dossier, or one story's part of it when {@code story} is given. */
    private ScopedDossier scope(Context ctx) {
        String story = Params.text(ctx, "story");
        if (story == null) {
            return dossier.get();
        }
        try {
            return dossier.get().story(story);
        } catch (NotFound e) {
            throw new BadParameter("story", e.getMessage());
        }
    }

    private static EntityType entityType(Context ctx) {
        String value = Params.text(ctx, "type");
        if (value == null) {
            return null;
        }
        try {
            return EntityType.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadParameter("type", "unknown entity type '" + value + "'; known: "
                    + java.util.Arrays.toString(EntityType.values()).toLowerCase(Locale.ROOT));
        }
    }

    private static String lower(String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }

    private static boolean contains(String text, String lowerNeedle) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(lowerNeedle);
    }
}
