package org.sitrep.extract.claim;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Numbers that are not figures: years, dates, times, durations, ages, phone numbers, document ids, road and
 * resolution numbers, and small numbers that refer rather than count ("the two sides", "one of"). Each rule
 * looks only at the words around the number, so it works with or without CoreNLP's tags; where CoreNLP did
 * tag a number as a DATE, TIME, DURATION or SET that settles it.
 */
final class NonFigures {

    private static final Set<String> TIME_NER = Set.of("DATE", "TIME", "DURATION", "SET");
    private static final Set<String> AGE_WORDS = Set.of("aged", "age", "ages");
    /** Words before a number that make it a name or an id: "Route 66", "Resolution 2254", "No. 5", "Flight 17". */
    private static final Set<String> ID_WORDS = Set.of("no", "no.", "nos.", "number", "#", "id", "ref", "ref.",
            "tel", "tel.", "phone", "fax", "call", "route", "highway", "road", "interstate", "motorway", "resolution",
            "article", "chapter", "section", "paragraph", "clause", "flight", "room", "gate", "platform", "exit", "page",
            "pages", "line", "bus", "sector", "zone", "block", "building", "grade", "level", "phase", "category", "unit",
            "hall", "floor", "apartment", "box", "lot", "version", "protocol", "item", "annex", "p.", "pp.", "vol.",
            "volume", "issue", "case", "file", "docket", "code", "model", "channel", "terminal", "pier", "berth", "lane",
            "season", "episode", "kilometer", "kilometre", "marker", "junction");
    /** Before a small number these make it a reference to things already counted: "the two sides". */
    private static final Set<String> DEFINITE = Set.of("the", "these", "those", "its", "their", "his", "her", "our",
            "my", "your", "both", "all", "each", "every", "first", "last", "next", "past", "'s", "’s", "whose");
    /** Nouns for the sides of a conflict or a deal, which "the two …" names rather than counts. */
    private static final Set<String> PARTIES = Set.of("side", "party", "camp", "wing");
    private static final Set<String> EMERGENCY_NUMBERS = Set.of("911", "999", "112", "000");
    private static final Set<String> ORDINAL_WORDS = Set.of("first", "second", "latter", "former", "last", "other");
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "and", "or", "but", "of", "in", "on",
            "at", "to", "from", "by", "with", "for", "as", "that", "this", "it", "is", "was", "were", "are", "be",
            "been", "has", "have", "had", "when", "since", "until", "after", "before", "while", "during", "which",
            "who", "he", "she", "they", "we", "i", "you", "there", "then", "than", "not", "no", "so", "if", "into");

    private NonFigures() {}

    /**
     * Why the figure spanning tokens [{@code start}, {@code end}) with amounts {@code first}..{@code last}
     * is not a claim, or empty when it is one.
     */
    static Optional<String> reason(List<Token> tokens, int start, int end, Amount first, Amount last,
                                   boolean qualified, boolean hasUnit) {
        for (int t = first.start(); t < last.end(); t++) {
            if (TIME_NER.contains(tokens.get(t).ner()) && !isCountOfThings(tokens, first, last)) {
                return Optional.of("a date, time or duration");
            }
        }
        if (!hasUnit && isCompoundModifier(tokens, first, last)) {
            return Optional.of("part of a compound modifier (\"a two-car garage\", \"circa-1860\")");
        }
        if (isApposedAge(tokens, start, last.end())) {
            return Optional.of("an age after a name (\"Cafferkey, 39, was…\")");
        }
        if (!qualified && lower(tokens, start - 1).equals("top")) {
            return Optional.of("a rank (\"among the top five\")");
        }
        if (Set.of("st", "nd", "rd", "th").contains(lower(tokens, last.end()))) {
            return Optional.of("an ordinal (\"23 rd\")");
        }
        if (first == last && EMERGENCY_NUMBERS.contains(tokens.get(first.start()).word())
                && Set.of("call", "calls", "caller", "callers", "dispatcher", "operator", "line").contains(lower(tokens, last.end()))) {
            return Optional.of("an emergency phone number");
        }
        if (followedByTimeUnit(tokens, last.end())) {
            return Optional.of("a duration or an age");
        }
        String before = lower(tokens, start - 1);
        if (AGE_WORDS.contains(before) || before.equals("of") && lower(tokens, start - 2).equals("age")) {
            return Optional.of("an age");
        }
        if (isMonth(tokens, start - 1) || isMonth(tokens, last.end())
                || lower(tokens, last.end()).equals("of") && isMonth(tokens, last.end() + 1)) {
            return Optional.of("a date");
        }
        if (!qualified && !hasUnit && isYear(first) && isYear(last)
                && (first != last || !looksLikeNoun(tokens, last.end()))) {
            return Optional.of("a year");
        }
        Optional<String> id = phoneOrId(tokens, start, first, last, qualified);
        if (id.isPresent()) {
            return id;
        }
        boolean small = first == last && first.form() == Amount.Form.NUMBER && first.scale() == 1 && first.value() < 20;
        if (small && !qualified && !hasUnit && DEFINITE.contains(before) && !countsNamedThings(tokens, last.end())) {
            return Optional.of("a reference to things already counted");
        }
        if (first.form() == Amount.Form.NUMBER && isCapitalisedWordAfterName(tokens, first.start())) {
            return Optional.of("part of a name (\"the Final Four\")");
        }
        if (small && first.value() == 1 && !NumberWords.isDigits(tokens.get(first.start()).word()) && !hasUnit
                && !countsOne(tokens, first)) {
            return Optional.of("\"one\" as a pronoun or determiner");
        }
        if (first.form() == Amount.Form.FRACTION && ORDINAL_WORDS.contains(lower(tokens, first.start() - 1))) {
            return Optional.of("part of a period (\"the first half\")");
        }
        return Optional.empty();
    }

    private static Optional<String> phoneOrId(List<Token> tokens, int start, Amount first, Amount last, boolean qualified) {
        String word = tokens.get(first.start()).word();
        if (word.startsWith("+") || lower(tokens, first.start() - 1).equals("+")) {
            return Optional.of("a phone number");
        }
        for (Amount amount : List.of(first, last)) {
            String digits = tokens.get(amount.start()).word();
            if (amount.bareDigits() && (digits.length() >= 7 || digits.length() > 1 && digits.startsWith("0"))) {
                return Optional.of("a phone number or an id");
            }
        }
        if (first.bareDigits() && isBareNumber(tokens, first.start() - 1) || last.bareDigits() && isBareNumber(tokens, last.end())) {
            return Optional.of("a phone number or an id");
        }
        Token glued = first.start() > 0 ? tokens.get(first.start() - 1) : null;
        if (glued != null && glued.end() == tokens.get(first.start()).begin() && glued.word().matches("\\p{L}+")) {
            return Optional.of("part of a name (\"M5\", \"G20\")");
        }
        if (!qualified && first.bareDigits()) {
            Token previous = first.start() > 0 ? tokens.get(first.start() - 1) : null;
            if (previous != null && ID_WORDS.contains(previous.lower())) {
                return Optional.of("an identifier (\"Route 66\")");
            }
            if (previous != null && start > 1 && Character.isUpperCase(previous.word().charAt(0))
                    && previous.word().chars().allMatch(Character::isLetter) && !looksLikeNoun(tokens, last.end())) {
                return Optional.of("a name with a number (\"Apollo 11\")");
            }
        }
        return Optional.empty();
    }

    /**
     * A number hyphenated to a word is an adjective's part, not a count of the noun after it: "a 10-foot-long
     * island", "a two-car garage", "a 3-pointer", "circa-1860". "-odd", "-plus" and "-strong" ("a 10,000-strong
     * force") do count, and units are read by the parser.
     */
    private static boolean isCompoundModifier(List<Token> tokens, Amount first, Amount last) {
        int after = last.end();
        if (after + 1 < tokens.size() && tokens.get(after).isDash() && touching(tokens, after - 1, after)
                && touching(tokens, after, after + 1) && tokens.get(after + 1).word().matches("\\p{L}+")
                && !Set.of("odd", "plus", "strong").contains(tokens.get(after + 1).lower())
                && !Units.isTime(tokens.get(after + 1).lower())) {
            return true;
        }
        int before = first.start() - 1;
        return before >= 1 && tokens.get(before).isDash() && touching(tokens, before, before + 1)
                && touching(tokens, before - 1, before) && tokens.get(before - 1).word().matches("\\p{L}+");
    }

    private static boolean touching(List<Token> tokens, int left, int right) {
        return tokens.get(left).end() == tokens.get(right).begin();
    }

    /**
     * "Cafferkey, 39, was readmitted", "Paul Floyd, 47 and said to be…": a bare small number set off by a
     * comma right after a person's name.
     */
    private static boolean isApposedAge(List<Token> tokens, int start, int end) {
        if (start < 2 || end >= tokens.size() || !tokens.get(start - 1).word().equals(",")
                || !Set.of(",", "and", ";", ")").contains(tokens.get(end).lower())
                || end - start != 1 || !tokens.get(start).word().matches("\\d{1,3}")) {
            return false;
        }
        Token name = tokens.get(start - 2);
        return name.ner().equals("PERSON") || name.ner().equals("O") && name.tag().isEmpty()
                && Character.isUpperCase(name.word().charAt(0));
    }

    /** "the Final Four", "the Group of Seven": a capitalised number word inside a name. */
    private static boolean isCapitalisedWordAfterName(List<Token> tokens, int at) {
        Token number = tokens.get(at);
        if (at < 1 || !Character.isUpperCase(number.word().charAt(0)) || NumberWords.isDigits(number.word())) {
            return false;
        }
        Token previous = tokens.get(at - 1);
        boolean nameBefore = Character.isUpperCase(previous.word().charAt(0)) && previous.word().matches("\\p{L}+")
                && at >= 2 && tokens.get(at - 2).word().matches("[\\p{L},]+");
        return nameBefore || previous.lower().equals("of") && at >= 2 && Character.isUpperCase(tokens.get(at - 2).word().charAt(0));
    }

    /**
     * A bare number that CoreNLP tags as a date but that counts a plural noun right after it: "In 2005, 1926 cases
     * of polio were reported" (a year is never followed by a plural noun it counts).
     */
    private static boolean isCountOfThings(List<Token> tokens, Amount first, Amount last) {
        int next = last.end();
        return first == last && first.bareDigits() && next < tokens.size() && tokens.get(next).tag().equals("NNS")
                && !Units.isTime(tokens.get(next).lower()) && !isMonth(tokens, next);
    }

    /**
     * "The 8 cases confirmed on Wednesday", "those three storms" restate a count, and the guidelines annotate each
     * mention; "the two sides" (the parties to a conflict) and "accusing the three" count nothing new.
     */
    private static boolean countsNamedThings(List<Token> tokens, int next) {
        if (next + 1 < tokens.size() && tokens.get(next).isAdjective()) {
            next++; // "at least one major hurricane"
        }
        return next < tokens.size() && tokens.get(next).isNoun() && !PARTIES.contains(tokens.get(next).base());
    }

    /**
     * "one confirmed case", "one death", "at least one major hurricane": "one" before what it counts is a figure
     * (guidelines §1); "one of", "no one", "the one", "one another" and "one" standing alone ("One is completely
     * isolated") are not.
     */
    private static boolean countsOne(List<Token> tokens, Amount one) {
        String before = lower(tokens, one.start() - 1);
        String after = lower(tokens, one.end());
        boolean determined = DEFINITE.contains(before) || Set.of("no", "any", "this", "that", "which").contains(before);
        int next = one.end();
        if (next + 1 < tokens.size() && tokens.get(next).tag().equals("VBN")) {
            next++; // "one confirmed case"
        }
        return !determined && !after.equals("of") && !after.equals("another") && countsNamedThings(tokens, next);
    }

    private static boolean followedByTimeUnit(List<Token> tokens, int p) {
        int skipped = 0;
        while (p < tokens.size() && skipped < 2 && Set.of("-", "–", "of", "a", "an", "the", "more").contains(lower(tokens, p))) {
            p++;
            skipped++;
        }
        return Units.isTime(lower(tokens, p));
    }

    private static boolean isYear(Amount amount) {
        return amount.bareDigits() && amount.value() >= 1800 && amount.value() <= 2100;
    }

    private static boolean isMonth(List<Token> tokens, int i) {
        return i >= 0 && i < tokens.size() && Units.isMonth(tokens.get(i).lower())
                && Character.isUpperCase(tokens.get(i).word().charAt(0));
    }

    private static boolean isBareNumber(List<Token> tokens, int i) {
        return i >= 0 && i < tokens.size() && tokens.get(i).word().matches("\\d+");
    }

    /** A counted noun after the number: CoreNLP's tag when there is one, else a lower-case content word. */
    static boolean looksLikeNoun(List<Token> tokens, int i) {
        if (i < 0 || i >= tokens.size()) {
            return false;
        }
        Token token = tokens.get(i);
        if (!token.tag().isEmpty()) {
            return token.isNoun() || token.isAdjective();
        }
        return token.word().matches("\\p{Ll}+") && !FUNCTION_WORDS.contains(token.word());
    }

    private static String lower(List<Token> tokens, int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).lower() : "";
    }
}
