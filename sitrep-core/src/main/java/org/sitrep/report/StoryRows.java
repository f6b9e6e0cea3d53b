package org.sitrep.report;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sitrep.model.DocumentAnalysis;
import org.sitrep.model.Dossier;
import org.sitrep.model.Story;

/** The dossier's stories as the Markdown and HTML reports list them: label, dates, places, member documents. */
public final class StoryRows {

    public record Row(Story story, String dates, List<DocumentAnalysis> members) {}

    private StoryRows() {}

    public static List<Row> of(Dossier dossier) {
        Map<String, DocumentAnalysis> byId = dossier.documents().stream()
                .collect(Collectors.toMap(a -> a.document().id(), Function.identity(), (a, b) -> a));
        return dossier.stories().stream()
                .map(story -> new Row(story, dates(story),
                        story.members().stream().filter(byId::containsKey).map(byId::get).toList()))
                .toList();
    }

    private static String dates(Story story) {
        if (story.from() == null) {
            return "undated";
        }
        return story.from().equals(story.to()) ? story.from().toString() : story.from() + " – " + story.to();
    }
}
