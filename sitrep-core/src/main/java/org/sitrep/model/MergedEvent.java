package org.sitrep.model;

import java.util.List;

/**
 * One event as several reports tell it: the same type at a compatible place and date with compatible actors.
 *
 * @param event              the event with every report's fields joined (the first report giving each field) and
 *                           all their evidence and documents
 * @param reports            each report's own event, in document order
 * @param independentSources how many sources stand behind it: speaker, else wire agency, else outlet (two outlets
 *                           rewriting one AFP wire are one source), as for figures
 * @param reasoning          why the reports were taken for one event, for a reader
 */
public record MergedEvent(
        String id,
        Event event,
        List<Event> reports,
        int independentSources,
        List<String> sources,
        String reasoning) {

    public MergedEvent {
        reports = List.copyOf(reports);
        sources = List.copyOf(sources);
    }
}
