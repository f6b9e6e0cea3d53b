package org.sitrep.extract.entity;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.annotate.AnnotatedDocument;
import org.sitrep.annotate.Annotators;
import org.sitrep.extract.Extractor;
import org.sitrep.model.Document;
import org.sitrep.model.DocumentAnalysis;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityType;
import org.sitrep.model.Span;

/**
 * Entities and their mentions within one document. CoreNLP's NER finds the names; this groups them:
 * an acronym with its expansion ("OCHA" = "Office for the Coordination of Humanitarian Affairs"), a
 * surname with the full name ("Kerry" = "John Kerry"), a short reference with the name it shortens
 * ("the Observatory" = "Syrian Observatory for Human Rights"); and keeps how the text describes each.
 */
public final class EntityExtractor implements Extractor {

    private static final Map<String, EntityType> NER_TYPES = Map.ofEntries(
            Map.entry("PERSON", EntityType.PERSON),
            Map.entry("ORGANIZATION", EntityType.ORGANIZATION),
            Map.entry("LOCATION", EntityType.LOCATION),
            Map.entry("CITY", EntityType.LOCATION),
            Map.entry("STATE_OR_PROVINCE", EntityType.LOCATION),
            Map.entry("COUNTRY", EntityType.GPE),
            Map.entry("MISC", EntityType.MISC));

    @Override
    public String name() {
        return "entities";
    }

    @Override
    public Set<String> requiredAnnotators() {
        return Annotators.NAMED_ENTITIES;
    }

    @Override
    public DocumentAnalysis extract(AnnotatedDocument annotated, DocumentAnalysis soFar) {
        Document document = annotated.document();
        List<CoreLabel> tokens = annotated.nlp().tokens();
        Map<Integer, Integer> tokenAt = new HashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            tokenAt.put(tokens.get(i).beginPosition(), i);
        }
        List<NameMention> mentions = names(annotated, tokenAt);
        MentionGroups groups = new MentionGroups(mentions);
        groups.joinSameNames();
        groups.joinAcronyms(document.cleanText(), tokens);
        groups.joinSurnames();
        groups.addShortReferences(tokens, tokenAt);
        return soFar.withEntities(entities(document, tokens, tokenAt, groups.groups()));
    }

    /**
     * NER often starts an organisation's name after its head: "Office for the [Coordination of Humanitarian
     * Affairs]". A capitalised noun joined by "of"/"for" (and "the") right before the name belongs to it.
     */
    private static int extendedHead(List<CoreLabel> tokens, int first) {
        int i = first - 1;
        if (i >= 0 && tokens.get(i).word().equals("the")) {
            i--;
        }
        if (i >= 1 && (tokens.get(i).word().equals("of") || tokens.get(i).word().equals("for"))
                && tokens.get(i - 1).tag().equals("NNP") && Character.isUpperCase(tokens.get(i - 1).word().charAt(0))) {
            return i - 1;
        }
        return first;
    }

    private static List<NameMention> names(AnnotatedDocument annotated, Map<Integer, Integer> tokenAt) {
        List<CoreLabel> tokens = annotated.nlp().tokens();
        List<NameMention> names = new ArrayList<>();
        for (CoreEntityMention mention : annotated.nlp().entityMentions()) {
            EntityType type = NER_TYPES.get(mention.entityType());
            if (type == null || isDemonym(type, mention.tokens()) || isPronoun(mention.tokens())) {
                continue;
            }
            int begin = mention.charOffsets().first();
            int end = mention.charOffsets().second();
            int first = tokenAt.getOrDefault(begin, -1);
            if (first < 0) {
                continue;
            }
            int last = first + mention.tokens().size();
            if (type == EntityType.ORGANIZATION) {
                first = extendedHead(tokens, first);
            }
            String text = annotated.document().cleanText().substring(tokens.get(first).beginPosition(), end);
            names.add(new NameMention(first, last, text, type, List.copyOf(tokens.subList(first, last)), false));
        }
        return names;
    }

    /**
     * "Turkish", "Russian-backed", "Rebel-held": adjectives NER tags MISC, which name no entity of their own.
     */
    private static boolean isDemonym(EntityType type, List<CoreLabel> tokens) {
        return type == EntityType.MISC && tokens.stream().allMatch(t -> t.tag().startsWith("JJ") || t.tag().equals("NNPS")
                || t.word().matches(".*(?:an|ish|ese|i|ic)(?:-\\w+)?$") || t.word().matches(".+-\\p{Ll}+"));
    }

    /** CoreNLP adds "he", "she", "his" as PERSON mentions; they are coreference, not names. */
    private static boolean isPronoun(List<CoreLabel> tokens) {
        return tokens.stream().allMatch(t -> t.tag().startsWith("PRP") || t.tag().equals("WP"));
    }

    private static List<Entity> entities(Document document, List<CoreLabel> tokens, Map<Integer, Integer> tokenAt,
                                         List<List<NameMention>> groups) {
        List<Entity> entities = new ArrayList<>();
        groups.sort(Comparator.comparingInt(group -> group.get(0).begin()));
        for (List<NameMention> group : groups) {
            NameMention canonical = group.stream()
                    .filter(m -> !m.derived() && !m.isAcronym())
                    .max(Comparator.comparingInt((NameMention m) -> m.tokens().size()).thenComparingInt(m -> -m.begin()))
                    .orElse(group.get(0));
            Set<String> aliases = new LinkedHashSet<>();
            Set<String> descriptions = new LinkedHashSet<>();
            List<Span> spans = new ArrayList<>();
            for (NameMention mention : group) {
                int begin = tokens.get(mention.begin()).beginPosition();
                int end = tokens.get(mention.end() - 1).endPosition();
                spans.add(document.span(begin, end));
                if (!mention.text().equals(canonical.text())) {
                    aliases.add(mention.text());
                }
                Descriptions.before(tokens, mention.begin(), document.cleanText()).ifPresent(descriptions::add);
                Descriptions.apposition(tokens, mention.end() - 1, document.cleanText()).ifPresent(descriptions::add);
            }
            spans.sort(Comparator.comparingInt(Span::begin));
            entities.add(new Entity(document.id() + "-e" + (entities.size() + 1), canonical.text(), majorityType(group),
                    List.copyOf(aliases), spans, List.copyOf(descriptions), null));
        }
        return entities;
    }

    private static EntityType majorityType(List<NameMention> group) {
        Map<EntityType, Integer> votes = new LinkedHashMap<>();
        group.stream().filter(m -> !m.derived()).forEach(m -> votes.merge(m.type(), 1, Integer::sum));
        return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(group.get(0).type());
    }

    /** Union-find over mentions, with the grouping rules as methods. */
    private static final class MentionGroups {
        private final List<NameMention> mentions;
        private final List<Integer> parent = new ArrayList<>();

        MentionGroups(List<NameMention> mentions) {
            this.mentions = new ArrayList<>(mentions);
            for (int i = 0; i < mentions.size(); i++) {
                parent.add(i);
            }
        }

        private int root(int i) {
            while (parent.get(i) != i) {
                parent.set(i, parent.get(parent.get(i)));
                i = parent.get(i);
            }
            return i;
        }

        private void join(int a, int b) {
            parent.set(root(a), root(b));
        }

        private int add(NameMention mention) {
            mentions.add(mention);
            parent.add(mentions.size() - 1);
            return mentions.size() - 1;
        }

        void joinSameNames() {
            Map<String, Integer> firstByKey = new HashMap<>();
            for (int i = 0; i < mentions.size(); i++) {
                Integer first = firstByKey.putIfAbsent(mentions.get(i).key(), i);
                if (first != null) {
                    join(i, first);
                }
            }
        }

        /** "Name (ACR)" in the text, and any acronym equal to the initials of a longer name. */
        void joinAcronyms(String text, List<CoreLabel> tokens) {
            Map<String, Integer> expansionByAcronym = new HashMap<>();
            for (int i = 0; i < mentions.size(); i++) {
                NameMention name = mentions.get(i);
                if (name.tokens().size() < 2) {
                    continue;
                }
                expansionByAcronym.putIfAbsent(Names.initials(name.words()), i);
                int after = name.end();
                if (after + 2 < tokens.size() && tokens.get(after).word().matches("[(\\[]|-LRB-")
                        && tokens.get(after + 2).word().matches("[)\\]]|-RRB-")
                        && tokens.get(after + 1).word().matches("\\p{Lu}[\\p{Lu}&.-]{1,7}")) {
                    expansionByAcronym.put(tokens.get(after + 1).word(), i);
                }
            }
            Set<Integer> covered = new java.util.HashSet<>();
            for (int i = 0; i < mentions.size(); i++) {
                for (int t = mentions.get(i).begin(); t < mentions.get(i).end(); t++) {
                    covered.add(t);
                }
                Integer expansion = expansionByAcronym.get(mentions.get(i).text());
                if (mentions.get(i).isAcronym() && expansion != null) {
                    join(i, expansion);
                }
            }
            // An acronym NER did not tag ("(OCHA)" inside parentheses is often missed) is still a mention.
            for (var entry : expansionByAcronym.entrySet()) {
                if (entry.getKey().length() < 2 || !hasWord(text, entry.getKey())) {
                    continue;
                }
                boolean introduced = false;
                for (int t = 0; t < tokens.size(); t++) {
                    if (tokens.get(t).word().equals(entry.getKey()) && !covered.contains(t)) {
                        introduced |= isIntroduced(tokens, t);
                        if (introduced) {
                            NameMention expansion = mentions.get(entry.getValue());
                            join(add(new NameMention(t, t + 1, entry.getKey(), expansion.type(),
                                    List.of(tokens.get(t)), false)), entry.getValue());
                            covered.add(t);
                        }
                    }
                }
            }
        }

        /** An untagged acronym counts only once the text has introduced it in parentheses. */
        private static boolean isIntroduced(List<CoreLabel> tokens, int t) {
            return t > 0 && t + 1 < tokens.size() && tokens.get(t - 1).word().matches("[(\\[]|-LRB-")
                    && tokens.get(t + 1).word().matches("[)\\]]|-RRB-");
        }

        private static boolean hasWord(String text, String word) {
            return Pattern.compile("\\b" + Pattern.quote(word) + "\\b").matcher(text).find();
        }

        /** "Kerry" and "Tayyip Erdogan" join "John Kerry" and "Recep Tayyip Erdogan", when only one name fits. */
        void joinSurnames() {
            for (int i = 0; i < mentions.size(); i++) {
                NameMention shorter = mentions.get(i);
                if (shorter.type() != EntityType.PERSON) {
                    continue;
                }
                Set<Integer> fullNames = new LinkedHashSet<>();
                Set<String> distinct = new LinkedHashSet<>();
                for (int j = 0; j < mentions.size(); j++) {
                    NameMention longer = mentions.get(j);
                    if (longer.type() == EntityType.PERSON && Names.isSuffix(shorter.words(), longer.words())) {
                        fullNames.add(j);
                        distinct.add(longer.key());
                    }
                }
                boolean unambiguous = distinct.stream().allMatch(name -> distinct.stream()
                        .allMatch(other -> name.endsWith(other) || other.endsWith(name)));
                if (!fullNames.isEmpty() && unambiguous) {
                    int shorterIndex = i;
                    fullNames.forEach(j -> join(shorterIndex, j));
                }
            }
        }

        /**
         * "the Observatory" after "Syrian Observatory for Human Rights": "the" + the head word of exactly one
         * multi-word organisation name, ending the noun phrase.
         */
        void addShortReferences(List<CoreLabel> tokens, Map<Integer, Integer> tokenAt) {
            Map<String, Set<Integer>> namesByHead = new HashMap<>();
            Set<Integer> covered = new java.util.HashSet<>();
            for (int i = 0; i < mentions.size(); i++) {
                NameMention name = mentions.get(i);
                for (int t = name.begin(); t < name.end(); t++) {
                    covered.add(t);
                }
                if (name.type() == EntityType.ORGANIZATION && name.tokens().size() >= 2) {
                    namesByHead.computeIfAbsent(Names.head(name.words()), k -> new LinkedHashSet<>()).add(root(i));
                }
            }
            for (int i = 0; i < mentions.size(); i++) {
                NameMention single = mentions.get(i);
                Set<Integer> candidates = namesByHead.get(single.text());
                if (single.type() == EntityType.ORGANIZATION && single.tokens().size() == 1 && candidates != null
                        && candidates.size() == 1) {
                    join(i, candidates.iterator().next());
                }
            }
            for (int t = 1; t + 1 < tokens.size(); t++) {
                CoreLabel word = tokens.get(t);
                Set<Integer> candidates = namesByHead.get(word.word());
                if (candidates == null || candidates.size() != 1 || covered.contains(t)
                        || !tokens.get(t - 1).word().equalsIgnoreCase("the") || !word.tag().startsWith("NN")
                        || tokens.get(t + 1).tag().startsWith("NN")) {
                    continue;
                }
                int group = candidates.iterator().next();
                join(add(new NameMention(t - 1, t + 1, tokens.get(t - 1).word() + " " + word.word(),
                        mentions.get(group).type(), List.of(tokens.get(t - 1), word), true)), group);
            }
        }

        List<List<NameMention>> groups() {
            Map<Integer, List<NameMention>> byRoot = new LinkedHashMap<>();
            for (int i = 0; i < mentions.size(); i++) {
                byRoot.computeIfAbsent(root(i), k -> new ArrayList<>()).add(mentions.get(i));
            }
            List<List<NameMention>> groups = new ArrayList<>();
            for (List<NameMention> group : byRoot.values()) {
                group.sort(Comparator.comparingInt(NameMention::begin));
                groups.add(group);
            }
            return groups;
        }
    }
}
