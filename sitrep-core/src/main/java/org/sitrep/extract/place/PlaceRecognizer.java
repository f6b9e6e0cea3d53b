package org.sitrep.extract.place;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreSentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.extract.place.gazetteer.Candidate;
import org.sitrep.extract.place.gazetteer.Gazetteer;
import org.sitrep.extract.place.gazetteer.NameKind;

/**
 * Finds place names in an annotated text. CoreNLP's NER finds most, but it misses or mistypes names it never saw
 * (measured on the samples: "Bab al-Salama" → O; "Anadan", "Haritan" → PERSON), so the gazetteer is also run over
 * every run of capitalised words, longest match first. A gazetteer match NER did not call a location must pass
 * guards against the common words and personal names gazetteers are full of (places called "Of", "Can", "Man",
 * "Kerry"): it must be tagged a proper noun, must not be written in lower case elsewhere in the text, must not
 * lie inside a longer person, organisation or other name, and a name NER calls a person counts only with a place
 * cue ("in Anadan", "Anadan and Haritan" next to a place) and when no full personal name uses it.
 */
public final class PlaceRecognizer {

    private static final Set<String> LOCATION_TYPES = Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE", "COUNTRY");
    private static final int MAX_TOKENS = 6;
    /** Lower-case words that may stand inside a place name: "Bab al Salama", "Stratford upon Avon". */
    private static final Set<String> CONNECTORS = Set.of("al", "el", "de", "del", "la", "le", "of", "upon", "on",
            "the", "es", "as", "ash", "ad", "an", "ar", "bin", "ibn", "-", "du", "des", "da", "do", "dos");
    /** Joined Arabic article before a capital: "al-Salama", "as-Sukkari". */
    private static final Pattern ARTICLE_CAPITAL = Pattern.compile("(?:al|el|as|ash|ad|ar|at|az|an)-\\p{Lu}.*");
    private static final Set<String> LOCATIVE = Set.of("in", "near", "at", "from", "to", "into", "towards", "toward",
            "outside", "around", "inside", "across", "of", "via", "through", "between", "and", "or");
    static final Set<String> DIVISION_WORDS = Set.of("province", "governorate", "state", "region", "county",
            "district", "oblast", "prefecture", "department", "countryside");
    static final Set<String> SETTLEMENT_WORDS = Set.of("city", "town", "village", "camp", "suburb", "neighbourhood",
            "neighborhood");
    /** A gazetteer-only match must be at least this populous, or a country, division or capital. */
    static final long MIN_POPULATION = 1000;

    private final Gazetteer gazetteer;
    private final boolean adjectives;

    /** @param adjectives whether "Syrian", "Turkish" count as mentions of Syria, Turkey (evaluation corpora do) */
    public PlaceRecognizer(Gazetteer gazetteer, boolean adjectives) {
        this.gazetteer = gazetteer;
        this.adjectives = adjectives;
    }

    /**
     * @param personNames the full (several-word) personal names the entity extractor found: their words are not
     *                    places ("Kerry" in a text about John Kerry)
     */
    public List<Toponym> recognize(CoreDocument nlp, String text, Set<String> personNames) {
        List<Mention> ner = mentions(nlp);
        List<Toponym> found = new ArrayList<>();
        for (Mention m : ner) {
            if (LOCATION_TYPES.contains(m.type()) && !isPieceOfLongerName(nlp, m)) {
                found.add(toponym(text, m.begin(), m.end(), m.type()));
            }
        }
        for (CoreSentence sentence : nlp.sentences()) {
            List<CoreLabel> tokens = sentence.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                if (!canStart(tokens.get(i))) {
                    continue;
                }
                for (int j = Math.min(tokens.size(), i + MAX_TOKENS); j > i; j--) {
                    if (!isNameRun(tokens, i, j)) {
                        continue;
                    }
                    int begin = tokens.get(i).beginPosition();
                    int end = tokens.get(j - 1).endPosition();
                    String name = text.substring(begin, end);
                    if (overlapsAny(found, begin, end)) {
                        continue;
                    }
                    Mention inside = covering(ner, begin, end);
                    if (isPieceOfLongerName(tokens, i, j)) {
                        break; // "Bab" of "Bab al-Salama", "Vice" of "Vice President": the longer name is no place here
                    }
                    if (accept(name, tokens, i, j, inside, text, personNames)) {
                        found.add(toponym(text, begin, end, inside == null ? "O" : inside.type()));
                        i = j - 1;
                        break;
                    }
                }
            }
        }
        found.sort(Comparator.comparingInt(Toponym::begin));
        return found;
    }

    private boolean accept(String name, List<CoreLabel> tokens, int i, int j, Mention ner, String text,
                           Set<String> personNames) {
        List<Candidate> candidates = gazetteer.candidates(name);
        if (!adjectives) {
            candidates = candidates.stream().filter(c -> c.kind() != NameKind.ADJECTIVE).toList();
        }
        if (candidates.isEmpty()) {
            return false;
        }
        if (ner != null && (ner.begin() < tokens.get(i).beginPosition() || ner.end() > tokens.get(j - 1).endPosition())) {
            return false; // part of a longer name: "Aleppo Media Center", "John Kerry"
        }
        boolean adjectiveOnly = candidates.stream().allMatch(c -> c.kind() == NameKind.ADJECTIVE);
        if (ner != null && ner.type().equals("MISC") && !adjectiveOnly) {
            return false;
        }
        if (ner != null && !Set.of("PERSON", "ORGANIZATION", "MISC").contains(ner.type())) {
            return false; // "Thursday" (DATE), numbers, titles: NER knows what they are
        }
        for (int t = i; t < j; t++) {
            String tag = tokens.get(t).tag();
            String word = tokens.get(t).word();
            if (Character.isUpperCase(word.charAt(0)) && !tag.startsWith("NNP") && !(adjectiveOnly && tag.startsWith("JJ"))) {
                return false;
            }
        }
        if (writtenInLowerCase(text, name)) {
            return false; // "march", "may", "reading" written as common words elsewhere in the text
        }
        boolean important = candidates.stream().anyMatch(c -> gazetteer.population(c.entry()) >= MIN_POPULATION
                || gazetteer.featureClass(c.entry()).equals("A") || gazetteer.featureCode(c.entry()).startsWith("PPLA")
                || gazetteer.featureCode(c.entry()).equals("PPLC"));
        if (ner != null && ner.type().equals("PERSON")) {
            for (String person : personNames) {
                if (person.contains(name) && !person.equals(name)) {
                    return false;
                }
            }
            return important && hasPlaceCue(tokens, i, j);
        }
        if (ner != null && ner.type().equals("ORGANIZATION")) {
            // Metonymy ("Moscow said", "Washington demanded") names a capital or a country; a small namesake
            // of an organisation's name ("Apple", "Amazon") does not count.
            return candidates.stream().anyMatch(c -> gazetteer.featureClass(c.entry()).equals("A")
                    || gazetteer.featureCode(c.entry()).equals("PPLC"));
        }
        return important;
    }

    private static boolean writtenInLowerCase(String text, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.equals(name)) {
            return false;
        }
        for (int at = text.indexOf(lower); at >= 0; at = text.indexOf(lower, at + 1)) {
            boolean startsWord = at == 0 || !Character.isLetter(text.charAt(at - 1));
            int end = at + lower.length();
            boolean endsWord = end == text.length() || !Character.isLetter(text.charAt(end));
            if (startsWord && endsWord) {
                return true;
            }
        }
        return false;
    }

    /** A locative word before the name, a place word after it, or "and"/"," linking it to another capital. */
    private static boolean hasPlaceCue(List<CoreLabel> tokens, int i, int j) {
        String before = i > 0 ? tokens.get(i - 1).word().toLowerCase(Locale.ROOT) : "";
        String after = j < tokens.size() ? tokens.get(j).word().toLowerCase(Locale.ROOT) : "";
        return LOCATIVE.contains(before) || before.equals(",") || DIVISION_WORDS.contains(after)
                || SETTLEMENT_WORDS.contains(after) || after.equals("and") || after.equals(",");
    }

    private static Toponym toponym(String text, int begin, int end, String type) {
        return new Toponym(begin, end, text.substring(begin, end), cue(text, begin, end), type);
    }

    /** "Aleppo province", "Idlib countryside" → division; "the town of Azaz", "Azaz city" → settlement. */
    static Toponym.Cue cue(String text, int begin, int end) {
        String after = text.substring(end, Math.min(text.length(), end + 16)).strip().toLowerCase(Locale.ROOT);
        String next = after.split("[^a-z]", 2)[0];
        String[] own = text.substring(begin, end).toLowerCase(Locale.ROOT).split("\\s+");
        if (own.length > 1 && (DIVISION_WORDS.contains(own[own.length - 1]) || SETTLEMENT_WORDS.contains(own[own.length - 1]))) {
            next = own[own.length - 1]; // NER's span took the word in: "Idlib province"
        }
        if (DIVISION_WORDS.contains(next)) {
            return Toponym.Cue.DIVISION;
        }
        if (SETTLEMENT_WORDS.contains(next)) {
            return Toponym.Cue.SETTLEMENT;
        }
        String before = text.substring(Math.max(0, begin - 16), begin).toLowerCase(Locale.ROOT);
        if (before.matches(".*\\b(?:town|village|city|camp)s? of\\s+$")) {
            return Toponym.Cue.SETTLEMENT;
        }
        if (before.matches(".*\\b(?:province|governorate|state|region) of\\s+$")) {
            return Toponym.Cue.DIVISION;
        }
        return Toponym.Cue.NONE;
    }

    private static boolean canStart(CoreLabel token) {
        String w = token.word();
        return !w.isEmpty() && (Character.isUpperCase(w.charAt(0)) || ARTICLE_CAPITAL.matcher(w).matches());
    }

    private static boolean isNameRun(List<CoreLabel> tokens, int i, int j) {
        if (!canStart(tokens.get(j - 1))) {
            return false;
        }
        for (int t = i; t < j; t++) {
            String w = tokens.get(t).word();
            if (!canStart(tokens.get(t)) && !CONNECTORS.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** The capitalised run goes on before or after the span, maybe across "al", "-": one word of a longer name. */
    private static boolean isPieceOfLongerName(List<CoreLabel> tokens, int i, int j) {
        int before = i - 1;
        while (before >= 0 && CONNECTORS.contains(tokens.get(before).word())) {
            before--;
        }
        int after = j;
        while (after < tokens.size() && CONNECTORS.contains(tokens.get(after).word())) {
            after++;
        }
        return before >= 0 && canStart(tokens.get(before)) && isNameWord(tokens.get(before))
                || after < tokens.size() && canStart(tokens.get(after)) && isNameWord(tokens.get(after));
    }

    /**
     * NER's location that is the first word of a longer name ("Liwa" of the group "Liwa al-Tawheed"); a place
     * word after it ("Kilis Province") does not make it one.
     */
    private static boolean isPieceOfLongerName(CoreDocument nlp, Mention m) {
        for (CoreSentence sentence : nlp.sentences()) {
            List<CoreLabel> tokens = sentence.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i).beginPosition() != m.begin()) {
                    continue;
                }
                int j = i;
                while (j < tokens.size() && tokens.get(j).endPosition() <= m.end()) {
                    j++;
                }
                String next = j < tokens.size() ? tokens.get(j).word().toLowerCase(Locale.ROOT) : "";
                return !DIVISION_WORDS.contains(next) && !SETTLEMENT_WORDS.contains(next) && isPieceOfLongerName(tokens, i, j);
            }
        }
        return false;
    }

    /** A capitalised word of a name, not the capital of a sentence's first word before it. */
    private static boolean isNameWord(CoreLabel token) {
        return token.tag().startsWith("NNP");
    }

    private static boolean overlapsAny(List<Toponym> found, int begin, int end) {
        return found.stream().anyMatch(t -> t.begin() < end && begin < t.end());
    }

    private static Mention covering(List<Mention> mentions, int begin, int end) {
        return mentions.stream().filter(m -> m.begin() < end && begin < m.end()).findFirst().orElse(null);
    }

    private record Mention(int begin, int end, String type) {}

    private static List<Mention> mentions(CoreDocument nlp) {
        List<Mention> mentions = new ArrayList<>();
        for (CoreEntityMention m : nlp.entityMentions()) {
            mentions.add(new Mention(m.charOffsets().first(), m.charOffsets().second(), m.entityType()));
        }
        return mentions;
    }
}
