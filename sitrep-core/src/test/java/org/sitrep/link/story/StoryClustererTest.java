package org.sitrep.link.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Story;

/** The clusterer on real headlines of the UCI News Aggregator sample, fed as text and time only. */
class StoryClustererTest {

    private static final Instant T0 = Instant.parse("2014-03-10T17:00:00Z");

    /** Thresholds fixed here, so the tests pin the mechanics, not whatever the dev split tunes them to. */
    private static final StorySettings SETTINGS =
            new StorySettings(0.2, 0.3, 0.3, Duration.ofDays(1), Duration.ofDays(7), 25, 30);

    private static StoryInput headline(String id, String text, int minutes) {
        return StoryInput.ofText(id, text, T0.plus(Duration.ofMinutes(minutes)));
    }

    @Test
    void headlinesOfTwoStoriesFormTwoStoriesWithoutAnyAnnotation() {
        try (StoryClusterer clusterer = new StoryClusterer(SETTINGS)) {
            clusterer.add(headline("1", "Fed's Charles Plosser sees high bar for change in pace of tapering", 0));
            clusterer.add(headline("2", "Titanfall review roundup: Xbox One shooter impresses critics", 5));
            clusterer.add(headline("3", "Plosser: Fed may have to accelerate tapering pace", 10));
            clusterer.add(headline("4", "Titanfall launches on Xbox One and PC", 15));
            clusterer.add(headline("5", "Fed risks falling 'behind the curve', Charles Plosser says", 20));

            Map<String, String> story = clusterer.storyIds();
            assertThat(story.get("3")).isEqualTo(story.get("1"));
            assertThat(story.get("5")).isEqualTo(story.get("1"));
            assertThat(story.get("4")).isEqualTo(story.get("2"));
            assertThat(story.get("2")).isNotEqualTo(story.get("1"));
            assertThat(clusterer.stories()).hasSize(2);
        }
    }

    @Test
    void aStoryHasAReadableLabelItsTimeSpanAndItsMembersInArrivalOrder() {
        try (StoryClusterer clusterer = new StoryClusterer(SETTINGS)) {
            clusterer.add(headline("a", "Fed's Charles Plosser sees high bar for change in pace of tapering", 0));
            clusterer.add(headline("b", "Plosser: Fed may have to accelerate tapering pace", 60 * 8));

            Story story = clusterer.stories().get(0);
            assertThat(story.members()).containsExactly("a", "b");
            assertThat(story.label()).contains("Plosser").contains("tapering");
            assertThat(story.from()).hasToString("2014-03-10");
            assertThat(story.to()).hasToString("2014-03-11");
            assertThat(story.id()).isEqualTo("a");
        }
    }

    @Test
    void labelsLeaveOutStopAndReportingWords() {
        try (StoryClusterer clusterer = new StoryClusterer(SETTINGS)) {
            clusterer.add(headline("1", "Twitter has said it is investigating an outage", 0));
            clusterer.add(headline("2", "Twitter says it has been investigating outage", 5));

            assertThat(clusterer.stories().get(0).label().split(", "))
                    .contains("Twitter", "investigating", "outage").doesNotContain("has", "said", "says", "been");
        }
    }

    @Test
    void aDocumentBridgingTwoStoriesMergesThem() {
        try (StoryClusterer clusterer = new StoryClusterer(SETTINGS)) {
            clusterer.add(headline("gm1", "GM recall: Congress to probe General Motors ignition switch defect", 0));
            clusterer.add(headline("gm2", "General Motors ignition recall widens, Congress probe", 5));
            clusterer.add(headline("mx1", "Mary Barra apologises as GM chief executive", 10));
            clusterer.add(headline("mx2", "GM chief executive Mary Barra apologises", 15));
            assertThat(clusterer.stories()).hasSize(2);

            StoryAssignment bridge = clusterer.add(headline("both",
                    "GM chief executive Mary Barra apologises for ignition recall as Congress probe opens", 20));

            assertThat(bridge.kind()).isEqualTo(StoryAssignment.Kind.MERGED);
            assertThat(clusterer.stories()).hasSize(1);
            assertThat(clusterer.stories().get(0).members()).containsExactlyInAnyOrder("gm1", "gm2", "mx1", "mx2", "both");
        }
    }

    @Test
    void farApartInTimeTheSameWordsStartANewStory() {
        try (StoryClusterer clusterer = new StoryClusterer(SETTINGS)) {
            clusterer.add(headline("1", "Stocks fall after Fed official hints at accelerated tapering", 0));
            StoryAssignment later = clusterer.add(headline("2", "Stocks fall after Fed official hints at tapering",
                    60 * 24 * 8));
            assertThat(later.kind()).isEqualTo(StoryAssignment.Kind.STARTED);
        }
    }

    @Test
    void sharedEntitiesAndPlacesAreKeptForTheStory() {
        try (StoryClusterer clusterer = new StoryClusterer(SETTINGS)) {
            clusterer.add(new StoryInput("1", "Mt. Gox files for bankruptcy protection in the US", T0,
                    List.of("Mt. Gox"), List.of("Tokyo")));
            clusterer.add(new StoryInput("2", "Bitcoin exchange Mt. Gox files bankruptcy in US court", T0.plusSeconds(60),
                    List.of("Mt. Gox", "Bitcoin"), List.of("Tokyo", "Dallas")));

            Story story = clusterer.stories().get(0);
            assertThat(story.members()).hasSize(2);
            assertThat(story.label()).startsWith("Mt. Gox");
            assertThat(story.places()).containsExactly("Tokyo", "Dallas");
        }
    }

    @Test
    void theSameDocumentTwiceStaysOneMember() {
        try (StoryClusterer clusterer = new StoryClusterer(SETTINGS)) {
            clusterer.add(headline("1", "Twitter investigating outage", 0));
            clusterer.add(headline("1", "Twitter investigating outage", 0));
            assertThat(clusterer.stories().get(0).members()).containsExactly("1");
        }
    }
}
