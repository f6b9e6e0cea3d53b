package org.sitrep.link.story;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.model.DocumentAnalysis;
import org.sitrep.model.Story;

/**
 * The stories of a workspace that grows, kept between links: when the documents added since the last call come
 * after all earlier ones in publication order (the usual case of a news stream), only they are fed to the same
 * streaming clusterer; otherwise (an article dated earlier than one already clustered, a dated article after
 * undated ones, a document replaced by a newer version) everything is clustered again. Either way the stories are
 * those {@link DocumentStories#of} gives for the whole list, since the clusterer sees the same documents in the same
 * order; what the stream saves is the cost of feeding the old documents again.
 */
public final class StreamingStories implements AutoCloseable {

    private final StorySettings settings;
    private StoryClusterer clusterer;
    private final Set<String> clustered = new HashSet<>();
    private Instant latest;
    private boolean undated;

    public StreamingStories(StorySettings settings) {
        this.settings = settings;
    }

    /** With the settings for full articles, as {@link DocumentStories#DocumentStories()}. */
    public StreamingStories() {
        this(StorySettings.forArticles());
    }

    public synchronized List<Story> of(List<DocumentAnalysis> analyses) {
        List<DocumentAnalysis> ordered = DocumentStories.inPublicationOrder(analyses);
        Set<String> ids = new HashSet<>();
        ordered.forEach(analysis -> ids.add(analysis.document().id()));
        List<DocumentAnalysis> fresh = ordered.stream().filter(a -> !clustered.contains(a.document().id())).toList();
        if (clusterer == null || !ids.containsAll(clustered) || !comeAfterTheRest(fresh)) {
            close();
            clusterer = new StoryClusterer(settings);
            clustered.clear();
            latest = null;
            undated = false;
            fresh = ordered;
        }
        for (DocumentAnalysis analysis : fresh) {
            clusterer.add(DocumentStories.input(analysis));
            clustered.add(analysis.document().id());
            Instant time = DocumentStories.time(analysis.document().published());
            if (time == null) {
                undated = true;
            } else if (latest == null || time.isAfter(latest)) {
                latest = time;
            }
        }
        return clusterer.stories();
    }

    /** Whether the new documents sort after every clustered one (an undated one always does: undated come last). */
    private boolean comeAfterTheRest(List<DocumentAnalysis> fresh) {
        for (DocumentAnalysis analysis : fresh) {
            Instant time = DocumentStories.time(analysis.document().published());
            if (time != null && (undated || latest != null && time.isBefore(latest))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public synchronized void close() {
        if (clusterer != null) {
            clusterer.close();
            clusterer = null;
        }
    }
}
