package org.sitrep.report;

import java.util.Comparator;
import java.util.List;
import org.sitrep.model.DocumentAnalysis;
import org.sitrep.model.TimeRef;

/** The dates a dossier's documents refer to, anchored ones in calendar order. */
public final class Timeline {

    public record Entry(String date, TimeRef time, DocumentAnalysis from) {}

    private Timeline() {}

    public static List<Entry> of(List<DocumentAnalysis> documents) {
        return documents.stream()
                .flatMap(doc -> doc.times().stream()
                        .filter(t -> t.normalized() != null && t.normalized().matches("\\d{4}(-\\d\\d(-\\d\\d)?)?.*|\\d{4}-W\\d\\d.*"))
                        .filter(t -> "DATE".equals(t.type()) || "TIME".equals(t.type()))
                        .map(t -> new Entry(t.normalized(), t, doc)))
                .sorted(Comparator.comparing(Entry::date))
                .toList();
    }
}
