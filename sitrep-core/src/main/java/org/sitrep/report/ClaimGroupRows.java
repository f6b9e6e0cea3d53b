package org.sitrep.report;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sitrep.model.ClaimGroup;
import org.sitrep.model.DocumentAnalysis;
import org.sitrep.model.Dossier;

/**
 * The "Figures compared" section every readable format shows: one row per claim group, its members as the
 * figures table's rows, so each is shown (and linked) the same way there and here.
 */
public final class ClaimGroupRows {

    public record Row(ClaimGroup group, List<ClaimRows.Row> members) {
        /** "refugees hosted (people), Turkey, growing count, 2016-02-04 to 2016-02-08" */
        public String about() {
            return group.period() == null ? what() : what() + ", " + group.period();
        }

        /** What the figures count, and where: "refugees hosted (people), Turkey" */
        public String what() {
            StringBuilder what = new StringBuilder(ClaimRows.Row.orEmpty(group.measure()).replace('_', ' '));
            if (group.object() != null) {
                what.append(" (").append(group.object()).append(')');
            }
            if (group.place() != null) {
                what.append(", ").append(group.place());
            }
            return what.toString();
        }

        public String verdict() {
            return ClaimGroupRows.verdict(group);
        }

        public String sources() {
            return group.independentSources() + ": " + String.join(", ", group.sources());
        }

        /** Who gave the figures first and who repeated them, in words. */
        String lineage() {
            return group.lineage() == null ? "" : group.lineage().reasoning();
        }
    }

    private ClaimGroupRows() {}

    /** "corroborated", "consistent", "conflicting", "single-source": the verdict as the reports write it. */
    public static String verdict(ClaimGroup group) {
        return group.verdict().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static List<Row> of(Dossier dossier) {
        Map<String, DocumentAnalysis> byId = dossier.documents().stream()
                .collect(Collectors.toMap(doc -> doc.document().id(), Function.identity(), (a, b) -> a));
        return dossier.claimGroups().stream()
                .map(group -> new Row(group, group.claims().stream()
                        .filter(claim -> byId.containsKey(claim.span().documentId()))
                        .map(claim -> new ClaimRows.Row(byId.get(claim.span().documentId()), claim))
                        .toList()))
                .toList();
    }
}
