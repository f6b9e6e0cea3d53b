package org.sitrep.eval;

import java.util.List;
import java.util.Locale;

/**
 * What an evaluation measured, with the data set and split it was measured on, and published figures of
 * other systems on the same data to read it against.
 */
public record EvaluationReport(
        String evaluation, String dataset, String split, int items, List<Metric> metrics, List<String> notes) {

    public EvaluationReport {
        metrics = List.copyOf(metrics);
        notes = List.copyOf(notes);
    }

    public String render() {
        StringBuilder out = new StringBuilder();
        out.append(evaluation).append(" — ").append(dataset).append(", ").append(split)
                .append(" (").append(items).append(" items)\n");
        for (Metric metric : metrics) {
            out.append(String.format(Locale.ROOT, "  %-28s %.4f%n", metric.name(), metric.value()));
        }
        notes.forEach(note -> out.append("  ").append(note).append('\n'));
        return out.toString();
    }
}
