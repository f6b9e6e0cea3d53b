package org.sitrep.link.story;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * How well a new document fits a story: TF-IDF cosine between the document and the story's centroid, blended with
 * the share of the document's entities the story already names, damped by the time between them.
 */
final class StorySimilarity {

    private final DocumentFrequencies frequencies;
    private final StorySettings settings;

    StorySimilarity(DocumentFrequencies frequencies, StorySettings settings) {
        this.frequencies = frequencies;
        this.settings = settings;
    }

    double of(Map<String, Double> documentWeights, Map<String, String> entities, Instant time, StoryState story) {
        double text = cosine(documentWeights, story);
        double score = text;
        if (!entities.isEmpty() && !story.entityCounts.isEmpty()) {
            long shared = entities.keySet().stream().filter(story.entityCounts::containsKey).count();
            score = (1 - settings.entityWeight()) * text + settings.entityWeight() * shared / entities.size();
        }
        return score * timeFactor(time, story);
    }

    /** Cosine between the document's weights and the story centroid weighted with the stream's idf. */
    double cosine(Map<String, Double> documentWeights, StoryState story) {
        double dot = 0;
        double documentNorm = 0;
        for (var entry : documentWeights.entrySet()) {
            documentNorm += entry.getValue() * entry.getValue();
            Double mass = story.termMass.get(entry.getKey());
            if (mass != null) {
                dot += mass * frequencies.idf(entry.getKey()) * entry.getValue();
            }
        }
        return dot == 0 ? 0 : dot / Math.sqrt(centroidNormSquared(story) * documentNorm);
    }

    /**
     * The centroid's squared norm, recomputed when the story changed or the stream grew by 1% since: idf drifts
     * slowly as documents arrive, and recomputing it for every comparison made large stories dominate the cost.
     */
    private double centroidNormSquared(StoryState story) {
        int documents = frequencies.documents();
        if (story.normMembers != story.members.size() || documents > story.normDocuments * 1.01) {
            double norm = 0;
            for (var entry : story.termMass.entrySet()) {
                double weight = entry.getValue() * frequencies.idf(entry.getKey());
                norm += weight * weight;
            }
            story.normSquared = norm;
            story.normMembers = story.members.size();
            story.normDocuments = documents;
        }
        return story.normSquared;
    }

    /** Cosine between two story centroids, over the terms of the smaller one. */
    double cosine(StoryState one, StoryState other) {
        StoryState small = one.termMass.size() <= other.termMass.size() ? one : other;
        StoryState large = small == one ? other : one;
        double dot = 0;
        for (var entry : small.termMass.entrySet()) {
            Double mass = large.termMass.get(entry.getKey());
            if (mass != null) {
                double idf = frequencies.idf(entry.getKey());
                dot += entry.getValue() * mass * idf * idf;
            }
        }
        return dot == 0 ? 0 : dot / Math.sqrt(centroidNormSquared(one) * centroidNormSquared(other));
    }

    /** 1 inside the story's span or when a time is unknown; exp(-gap / scale) outside it. */
    double timeFactor(Instant time, StoryState story) {
        if (time == null || story.first == null) {
            return 1;
        }
        Duration gap = time.isBefore(story.first) ? Duration.between(time, story.first)
                : time.isAfter(story.last) ? Duration.between(story.last, time) : Duration.ZERO;
        return Math.exp(-(double) gap.toMillis() / settings.timeScale().toMillis());
    }
}
