package org.sitrep.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.annotate.Annotator;
import org.sitrep.extract.entity.EntityExtractor;
import org.sitrep.link.entities.CrossDocumentEntities;
import org.sitrep.link.entities.EntityResolution;
import org.sitrep.model.CrossDocumentEntity;
import org.sitrep.model.Document;
import org.sitrep.model.DocumentAnalysis;
import org.sitrep.model.Entity;
import org.sitrep.model.Span;

/**
 * Cross-document entity resolution on hand-clustered mentions ({@code cross-document-entities-gold.jsonl}, guidelines
 * in {@code docs/cross-document-entities-guidelines.md}): names of people and organisations as written in real
 * articles that report the same events (PolNeAR's 2016 campaign texts; GeoVirus reports of the same outbreaks),
 * each with the entity it names. Every occurrence of an annotated name in its article is a mention (longer names
 * first, so "Clinton" inside "Hillary Clinton" is one mention). sitrep's entity extractor runs on each article, its
 * entities are resolved across the articles by {@link CrossDocumentEntities}, and each mention takes the
 * cross-document entity of the extracted mention covering it (a mention the extractor missed stands alone). Scored
 * per part by B³ and the CoNLL F1, beside a baseline that makes one entity of each exact name.
 */
public final class CrossDocumentEntitiesEvaluation implements Evaluation {

    static final String RESOURCE = "cross-document-entities-gold.jsonl";

    private record Article(String corpus, String article, String split, Map<String, String> names) {
        String key() {
            return corpus + "#" + article;
        }
    }

    private record Mention(String id, String documentId, int begin, int end, String name, String entity) {}

    @Override
    public String name() {
        return "entities";
    }

    @Override
    public String description() {
        return "cross-document entities: B³ and CoNLL F1 on hand-clustered names in PolNeAR and GeoVirus articles";
    }

    @Override
    public EvaluationReport run(Path shared) throws IOException {
        List<Article> gold = load();
        ClaimsArticles geoparsing = new ClaimsArticles(shared);
        EntityExtractor extractor = new EntityExtractor();
        Annotator annotator = new Annotator(extractor.requiredAnnotators());
        List<Metric> metrics = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        int mentionsInAll = 0;
        for (String split : List.of("test", "dev")) {
            List<DocumentAnalysis> analyses = new ArrayList<>();
            List<Mention> mentions = new ArrayList<>();
            for (Article article : gold.stream().filter(a -> a.split().equals(split)).toList()) {
                String text = text(article, shared, geoparsing);
                Document document = new Document(article.key(), article.key(), null, null, null, List.of(), null,
                        null, List.of(), null, "en", null, text, text, List.of(), Instant.EPOCH);
                analyses.add(extractor.extract(annotator.annotate(document), DocumentAnalysis.empty(document)));
                mentions.addAll(mentions(article, text));
            }
            mentionsInAll += mentions.size();
            Map<String, String> goldClusters = new LinkedHashMap<>();
            Map<String, String> sameString = new LinkedHashMap<>();
            mentions.forEach(m -> {
                goldClusters.put(m.id(), m.entity());
                sameString.put(m.id(), m.name());
            });
            Map<String, String> predicted = predicted(mentions, analyses, CrossDocumentEntities.of(analyses));
            CorefScores sitrep = CorefScores.of(goldClusters, predicted);
            CorefScores baseline = CorefScores.of(goldClusters, sameString);
            long entities = goldClusters.values().stream().distinct().count();
            metrics.add(new Metric(split + " B3 precision", sitrep.bcubedPrecision()));
            metrics.add(new Metric(split + " B3 recall", sitrep.bcubedRecall()));
            metrics.add(new Metric(split + " B3 F1", sitrep.bcubedF1()));
            metrics.add(new Metric(split + " MUC F1", sitrep.mucF1()));
            metrics.add(new Metric(split + " CEAF-e F1", sitrep.ceafeF1()));
            metrics.add(new Metric(split + " CoNLL F1", sitrep.conllF1()));
            metrics.add(new Metric(split + " baseline B3 F1", baseline.bcubedF1()));
            metrics.add(new Metric(split + " baseline CoNLL F1", baseline.conllF1()));
            long missed = predicted.values().stream().filter(c -> c.startsWith("missed:")).count();
            notes.add(String.format(Locale.ROOT, "%s: %d articles, %d mentions of %d entities; %d mentions not found "
                            + "by the entity extractor (each stands alone); baseline = one entity per exact name "
                            + "(B3 P %.3f / R %.3f)", split, analyses.size(), mentions.size(), entities, missed,
                    baseline.bcubedPrecision(), baseline.bcubedRecall()));
        }
        return new EvaluationReport(name(), "cross-document entity gold (" + RESOURCE + ")",
                "test = PolNeAR dev campaign texts; dev = GeoVirus outbreak reports", mentionsInAll, metrics, notes);
    }

    /** Each mention's cross-document entity: that of the extracted entity mention overlapping it. */
    private static Map<String, String> predicted(List<Mention> mentions, List<DocumentAnalysis> analyses,
                                                 EntityResolution resolution) {
        Map<String, String> crossOf = new HashMap<>();
        for (CrossDocumentEntity entity : resolution.entities()) {
            entity.members().forEach(member -> crossOf.put(member.entityId(), entity.id()));
        }
        Map<String, List<Entity>> byDocument = new HashMap<>();
        analyses.forEach(a -> byDocument.put(a.document().id(), a.entities()));
        Map<String, String> predicted = new LinkedHashMap<>();
        for (Mention mention : mentions) {
            String cluster = "missed:" + mention.id();
            for (Entity entity : byDocument.getOrDefault(mention.documentId(), List.of())) {
                for (Span span : entity.mentions()) {
                    if (span.begin() < mention.end() && mention.begin() < span.end()
                            && crossOf.containsKey(entity.id())) {
                        cluster = crossOf.get(entity.id());
                    }
                }
            }
            predicted.put(mention.id(), cluster);
        }
        return predicted;
    }

    /** Every whole-word occurrence of each annotated name, longer names first, none overlapping another. */
    private static List<Mention> mentions(Article article, String text) {
        boolean[] taken = new boolean[text.length()];
        List<Mention> mentions = new ArrayList<>();
        List<String> names = article.names().keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        for (String name : names) {
            Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])").matcher(text);
            int found = 0;
            while (m.find()) {
                boolean free = true;
                for (int i = m.start(); i < m.end(); i++) {
                    free &= !taken[i];
                }
                if (free) {
                    for (int i = m.start(); i < m.end(); i++) {
                        taken[i] = true;
                    }
                    mentions.add(new Mention(article.key() + "@" + m.start(), article.key(), m.start(), m.end(), name,
                            article.names().get(name)));
                    found++;
                }
            }
            if (found == 0) {
                throw new IllegalStateException(RESOURCE + ": '" + name + "' is not in " + article.key());
            }
        }
        return mentions;
    }

    private static String text(Article article, Path shared, ClaimsArticles geoparsing) throws IOException {
        return switch (article.corpus()) {
            case "PolNeAR" -> Files.readString(shared.resolve("eval/attribution-polnear/dev/text")
                    .resolve(article.article() + ".txt"), StandardCharsets.UTF_8);
            case "GeoVirus" -> geoparsing.text("GeoVirus", Integer.parseInt(article.article()));
            default -> throw new IllegalStateException(RESOURCE + ": unknown corpus '" + article.corpus() + "'");
        };
    }

    static List<Article> load() {
        return AnnotatedLines.load(RESOURCE, node -> {
            Map<String, String> names = new LinkedHashMap<>();
            node.path("mentions").forEach(m -> names.put(m.path("name").asText(), m.path("entity").asText()));
            String split = node.path("split").asText();
            if (!AnnotatedLines.SPLITS.contains(split) || names.isEmpty()) {
                throw new IllegalArgumentException("needs split dev or test and at least one mention");
            }
            return new Article(node.path("corpus").asText(), node.path("article").asText(), split, names);
        });
    }
}
