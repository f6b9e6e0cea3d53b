package org.sitrep.extract.quote;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A sentence's basic dependency tree with the few questions attribution asks of it. The basic tree, not the
 * enhanced graph CoreNLP hands out by default: phrases are subtrees, and only a tree has well-defined ones.
 */
public final class ParseTree {

    private final SemanticGraph graph;
    private final List<CoreLabel> tokens;

    public ParseTree(CoreSentence sentence) {
        SemanticGraph basic = sentence.coreMap().get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        if (basic == null) {
            throw new IllegalStateException("no dependency parse: the CoreNLP pipeline must run \"depparse\"");
        }
        this.graph = basic;
        this.tokens = sentence.tokens();
    }

    public List<IndexedWord> words() {
        return graph.vertexListSorted();
    }

    /** The word at a token index (1-based), or empty when the parse left it out. */
    public Optional<IndexedWord> word(int index) {
        return Optional.ofNullable(graph.getNodeByIndexSafe(index));
    }

    public CoreLabel token(int index) {
        return tokens.get(index - 1);
    }

    public int size() {
        return tokens.size();
    }

    /** The first child by one of the relations (a relation "obl" also matches "obl:tmod"), in text order. */
    public Optional<IndexedWord> child(IndexedWord word, String... relations) {
        return children(word, relations).stream().findFirst();
    }

    public List<IndexedWord> children(IndexedWord word, String... relations) {
        List<IndexedWord> found = new ArrayList<>();
        for (SemanticGraphEdge edge : graph.outgoingEdgeList(word)) {
            if (matches(edge.getRelation().toString(), relations)) {
                found.add(edge.getDependent());
            }
        }
        found.sort(java.util.Comparator.comparingInt(IndexedWord::index));
        return found;
    }

    public Optional<IndexedWord> parent(IndexedWord word) {
        return Optional.ofNullable(graph.getParent(word));
    }

    /** The relation from the word's parent to the word, or "root". */
    public String relation(IndexedWord word) {
        IndexedWord parent = graph.getParent(word);
        return parent == null ? "root" : graph.getEdge(parent, word).getRelation().toString();
    }

    /** Token indexes (1-based) of the word's subtree, leaving out children by the given relations. */
    public TreeSet<Integer> subtree(IndexedWord word, Set<String> skipRelations) {
        TreeSet<Integer> indexes = new TreeSet<>();
        collect(word, skipRelations, indexes);
        return indexes;
    }

    private void collect(IndexedWord word, Set<String> skip, TreeSet<Integer> into) {
        if (!into.add(word.index())) {
            return;
        }
        for (SemanticGraphEdge edge : graph.outgoingEdgeList(word)) {
            if (!matches(edge.getRelation().toString(), skip.toArray(String[]::new))) {
                collect(edge.getDependent(), skip, into);
            }
        }
    }

    public static boolean matches(String relation, String... relations) {
        for (String r : relations) {
            if (relation.equals(r) || relation.startsWith(r + ":")) {
                return true;
            }
        }
        return false;
    }

    public boolean isPunctuation(int index) {
        String tag = token(index).tag();
        return tag.equals(",") || tag.equals(".") || tag.equals(":") || tag.equals("-LRB-") || tag.equals("-RRB-")
                || tag.equals("HYPH") || tag.equals("NFP") || tag.equals("''") || tag.equals("``")
                || token(index).word().matches("\\p{Punct}+|[–—“”‘’]");
    }

    public int begin(int index) {
        return token(index).beginPosition();
    }

    public int end(int index) {
        return token(index).endPosition();
    }
}
