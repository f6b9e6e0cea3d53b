package org.sitrep.link.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.eval.ClaimsArticles;
import org.sitrep.model.Dossier;
import org.sitrep.model.Story;
import org.sitrep.testing.Samples;

/** Full articles: the two sample reports of the Aleppo offensive are one story; unrelated real reports are not in it. */
class ArticleStoriesTest {

    @Test
    void theTwoSampleReportsAreOneStoryInTheDossier() {
        Dossier dossier = Samples.dated();
        assertThat(dossier.stories()).hasSize(1);
        Story story = dossier.stories().get(0);
        assertThat(story.members()).containsExactlyInAnyOrderElementsOf(
                dossier.documents().stream().map(a -> a.document().id()).toList());
        assertThat(story.from()).hasToString("2016-02-05");
        assertThat(story.to()).hasToString("2016-02-08");
        assertThat(story.label()).isNotBlank();
    }

    @Test
    void undatedTheSamplesAreStillOneStory() {
        assertThat(Samples.undated().stories()).hasSize(1);
    }

    @Test
    void unrelatedRealArticlesDoNotJoinTheSamplesStory() throws IOException {
        Dossier dossier = Samples.dated();
        ClaimsArticles corpus = new ClaimsArticles(Samples.shared());
        List<StoryInput> inputs = new ArrayList<>();
        dossier.documents().forEach(analysis -> inputs.add(DocumentStories.input(analysis)));
        // Reports on disease outbreaks, elections, floods…: GeoVirus and TR-News articles that never name Syria.
        List<String> unrelated = new ArrayList<>();
        for (String corpusName : List.of("GeoVirus", "TR-News")) {
            for (int article = 0; unrelated.size() < (corpusName.equals("GeoVirus") ? 10 : 20); article++) {
                String text = corpus.text(corpusName, article);
                if (!text.contains("Syria") && !text.contains("Aleppo") && !text.contains("Turkey")) {
                    String id = corpusName + "#" + article;
                    unrelated.add(id);
                    inputs.add(StoryInput.ofText(id, text, null));
                }
            }
        }
        try (StoryClusterer clusterer = new StoryClusterer(StorySettings.forArticles())) {
            inputs.forEach(clusterer::add);
            Map<String, String> story = clusterer.storyIds();
            String samples = story.get(inputs.get(0).id());
            assertThat(story.get(inputs.get(1).id())).isEqualTo(samples);
            assertThat(unrelated).allSatisfy(id -> assertThat(story.get(id)).as(id).isNotEqualTo(samples));
        }
    }
}
