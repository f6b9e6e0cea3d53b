package org.sitrep.extract.claim;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides what a figure measures, in this order: its unit (km → distance, $ → money, tonnes → other); "N more" with nothing
 * counted takes the measure of the last figure about an event ("… to flee … brought several thousand more"); population patterns
 * ("home to N", "population of N", "a town of N", "a city … with N people"); the counted noun and the words
 * before it ("120 lives", "dozens of air strikes", "5,000 displaced people"); then the nearest cue word in
 * the figure's clause ("have died", "were stranded", "hosts about 2.5 million"). See {@code measure-cues.tsv}.
 */
final class MeasureClassifier {

    /** How far from a figure (in tokens, within its clause) a cue word still counts. */
    private static final int WINDOW = 15;
    private static final Set<String> PLACE_NOUNS = Set.of("city", "town", "village", "capital", "province", "district",
            "region", "country", "area", "neighbourhood", "neighborhood", "suburb", "municipality", "island", "state",
            "enclave", "camp", "governorate");
    private static final Set<String> RESIDENTS = Set.of("person", "people", "inhabitant", "resident", "citizen", "soul");
    private static final Set<String> LOCATION_NER = Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE");
    private static final int PLACE_LOOKBACK = 10;
    /** Places a hazard can be found in or spread across, beyond the places people live in: "in two commercial farms". */
    private static final Set<String> SITES = Set.of("farm", "continent", "county", "territory", "zone", "locality",
            "commune", "prefecture", "oblast", "department");
    /** Prepositions that put a counted place where a hazard is: "in three provinces", "across 30 provinces". */
    private static final Set<String> WHERE = Set.of("in", "across", "throughout");
    /** A distance per unit of time is a speed ("13 km per hour"), which the guidelines count as other, not distance. */
    private static final Set<String> TIME_UNITS = Set.of("hour", "second", "minute", "h");
    private static final int UNIT_LOOKAHEAD = 4;
    /** Nouns for the people who live in a place, not for people an event touched ("people" can be either). */
    private static final Set<String> STANDING_POPULATION = Set.of("population", "inhabitant", "resident", "citizen");

    /** Measures of a standing amount rather than of people or things an event touched. */
    private static final Set<Measure> STOCKS = Set.of(Measure.POPULATION, Measure.REFUGEES_HOSTED, Measure.IN_CAMPS,
            Measure.DISTANCE, Measure.MONEY, Measure.OTHER);

    /** Measures of what happened to the people counted, which a governing noun can name ("the lives of N"). */
    private static final Set<Measure> BEFALLS = Set.of(Measure.KILLED, Measure.WOUNDED, Measure.MISSING, Measure.CASES,
            Measure.DISPLACED, Measure.EVACUATED, Measure.RESCUED, Measure.ARRESTED);

    private MeasureClassifier() {}

    /**
     * Whether "N more" can refer back to a figure of this measure: "more" adds to a count of people or
     * things that something happened to (fled, killed, displaced…), not to a stock such as a population.
     */
    static boolean isEvent(Measure measure) {
        return !STOCKS.contains(measure);
    }

    static Measure classify(List<Token> tokens, int[] segments, Quantity quantity, Optional<CountedThing> thing,
                            Measure previousEvent) {
        if (quantity.kind() == Quantity.Kind.DISTANCE) {
            return isSpeed(tokens, quantity) ? Measure.OTHER : Measure.DISTANCE;
        }
        if (quantity.kind() == Quantity.Kind.MONEY) {
            return Measure.MONEY;
        }
        if (quantity.kind() == Quantity.Kind.OTHER_UNIT) {
            return Measure.OTHER; // tonnes, hectares, kilos: goods and land, never people an event touched
        }
        if (quantity.more() && thing.isEmpty() && previousEvent != null) {
            return previousEvent;
        }
        Optional<Measure> population = population(tokens, quantity, thing);
        if (population.isPresent()) {
            return population.get();
        }
        if (isChange(tokens, quantity)) {
            return Measure.OTHER;
        }
        if (countsPlacesHit(tokens, quantity, thing)) {
            return Measure.AFFECTED;
        }
        int segment = segments[quantity.amountStart()];
        Optional<Measure> byObject = byObject(tokens, segments, segment, thing);
        if (byObject.isPresent()) {
            return byObject.get();
        }
        Optional<Measure> byGovernor = byGovernor(tokens, segments, segment, quantity);
        if (byGovernor.isPresent()) {
            return byGovernor.get();
        }
        return nearestCue(tokens, segments, segment, quantity, thing).orElse(Measure.OTHER);
    }

    private static Optional<Measure> population(List<Token> tokens, Quantity quantity, Optional<CountedThing> thing) {
        String head = thing.map(CountedThing::headLemma).orElse("");
        if (!head.isEmpty() && !RESIDENTS.contains(head) && !head.equals("refugee")) {
            return Optional.empty();
        }
        int s = quantity.start();
        String before1 = lower(tokens, s - 1);
        String before2 = lower(tokens, s - 2);
        boolean homeTo = before2.equals("home") && before1.equals("to");
        if (homeTo && head.equals("refugee")) {
            return Optional.of(Measure.REFUGEES_HOSTED);
        }
        if (head.equals("refugee")) {
            return Optional.empty();
        }
        // "a population of 91 million"; "Acapulco, population over 600,000"
        if (homeTo || before1.equals("population")
                || before1.equals("of") && (before2.equals("population") || PLACE_NOUNS.contains(before2))) {
            return Optional.of(Measure.POPULATION);
        }
        // "Egypt's 91 million residents"; "about 10 percent of Egypt's 91 million residents"
        if (before1.equals("'s") && RESIDENTS.contains(head) && !head.equals("people") && !head.equals("person")
                || isShare(quantity) && shareOfPopulation(tokens, quantity.end())) {
            return Optional.of(Measure.POPULATION);
        }
        if (before1.equals("with") && (head.isEmpty() || RESIDENTS.contains(head))) {
            for (int t = s - 2; t >= Math.max(0, s - 1 - PLACE_LOOKBACK); t--) {
                if (PLACE_NOUNS.contains(tokens.get(t).base()) || LOCATION_NER.contains(tokens.get(t).ner())) {
                    return Optional.of(Measure.POPULATION);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isShare(Quantity quantity) {
        return quantity.kind() == Quantity.Kind.PERCENT || quantity.kind() == Quantity.Kind.SHARE;
    }

    /** A share "of" a place's inhabitants or population, before the clause's verb: "10 percent of Egypt's … residents". */
    private static boolean shareOfPopulation(List<Token> tokens, int end) {
        if (!lower(tokens, end).equals("of")) {
            return false;
        }
        for (int t = end + 1; t < Math.min(tokens.size(), end + 1 + PLACE_LOOKBACK); t++) {
            Token token = tokens.get(t);
            if (token.isVerb() || token.tag().equals(",") || token.tag().equals(".")) {
                return false;
            }
            if (STANDING_POPULATION.contains(token.base())) {
                return true;
            }
        }
        return false;
    }

    /** A rate of change, not an amount of anything: "cut their number of polio cases by 45%", "rose by 10 percent". */
    private static boolean isChange(List<Token> tokens, Quantity quantity) {
        return isShare(quantity) && lower(tokens, quantity.start() - 1).equals("by");
    }

    /**
     * Places counted as where a hazard was found or struck: "reported in 16 countries", "H5N1 … in three areas",
     * "confirmed in 11 provinces" (guidelines §5, affected). Camps are where people live (in_camps).
     */
    private static boolean countsPlacesHit(List<Token> tokens, Quantity quantity, Optional<CountedThing> thing) {
        if (thing.isEmpty()) {
            return false;
        }
        int before = quantity.start() - 1;
        if (lower(tokens, before).equals("the")) {
            before--; // "in the two regions"
        }
        if (!WHERE.contains(lower(tokens, before))) {
            return false;
        }
        // any noun of the head: "provinces" in "three provinces north of Manila", where the parser ends the head at "north"
        for (int t = thing.get().headStart(); t < thing.get().end(); t++) {
            String noun = tokens.get(t).base();
            if ((PLACE_NOUNS.contains(noun) || SITES.contains(noun)) && !noun.equals("camp")) {
                return true;
            }
        }
        return false;
    }

    /** "at 13 km per hour", "13 km an hour", "290 km/h": the unit after the amount is divided by a time. */
    private static boolean isSpeed(List<Token> tokens, Quantity quantity) {
        for (int t = quantity.amountEnd(); t < Math.min(tokens.size(), quantity.amountEnd() + UNIT_LOOKAHEAD); t++) {
            String word = tokens.get(t).lower();
            if (word.endsWith("/h") || TIME_UNITS.contains(word) && Set.of("per", "an", "a", "/").contains(lower(tokens, t - 1))) {
                return true;
            }
        }
        return false;
    }

    /** The counted noun ("lives", "air strikes") and its modifiers ("displaced people"). */
    private static Optional<Measure> byObject(List<Token> tokens, int[] segments, int segment, Optional<CountedThing> thing) {
        if (thing.isEmpty()) {
            return Optional.empty();
        }
        Token head = tokens.get(thing.get().end() - 1);
        for (MeasureCues.Cue cue : MeasureCues.all()) {
            if (cue.role() == MeasureCues.Role.OBJECT && cue.matches(head) && applies(cue, tokens, segments, segment)) {
                return Optional.of(cue.measure());
            }
        }
        for (int t = thing.get().modifierStart(); t < thing.get().headStart(); t++) {
            for (MeasureCues.Cue cue : MeasureCues.all()) {
                if (cue.role() != MeasureCues.Role.NOUN && cue.matches(tokens.get(t)) && applies(cue, tokens, segments, segment)) {
                    return Optional.of(cue.measure());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The noun the figure is the "of" of, when it names what happened to the counted: "taken the lives of at least
     * 163 individuals", "the deaths of more than 500 people", "the arrest of four men". Only measures of what befell
     * people: "the homes of 30 families" counts families, not buildings.
     */
    private static Optional<Measure> byGovernor(List<Token> tokens, int[] segments, int segment, Quantity quantity) {
        int s = quantity.start();
        if (!lower(tokens, s - 1).equals("of") || s < 2 || !tokens.get(s - 2).isNoun()) {
            return Optional.empty();
        }
        for (MeasureCues.Cue cue : MeasureCues.all()) {
            if (cue.role() == MeasureCues.Role.OBJECT && BEFALLS.contains(cue.measure()) && cue.matches(tokens.get(s - 2))
                    && applies(cue, tokens, segments, segment)) {
                return Optional.of(cue.measure());
            }
        }
        return Optional.empty();
    }

    private static Optional<Measure> nearestCue(List<Token> tokens, int[] segments, int segment, Quantity quantity,
                                                Optional<CountedThing> thing) {
        int end = thing.map(CountedThing::end).orElse(quantity.end());
        int relative = relativeClause(tokens, segments, thing);
        Measure best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int t = Math.max(0, quantity.start() - WINDOW); t < Math.min(tokens.size(), end + WINDOW); t++) {
            if (segments[t] != segment && segments[t] != relative || t >= quantity.start() && t < end) {
                continue;
            }
            // after the figure beats before it at equal distance: "20,000 were stranded" is passive-first news style
            int distance = t < quantity.start() ? 2 * (quantity.start() - t) : 2 * (t - end + 1) - 1;
            if (distance >= bestDistance) {
                continue;
            }
            for (MeasureCues.Cue cue : MeasureCues.all()) {
                boolean placed = cue.role() != MeasureCues.Role.NOUN_AFTER || t >= end;
                // with nothing counted after it, the figure counts a noun of its clause: "cases … rose to 97", or the
                // noun it is said to be: "99 percent of these are mild cases"
                boolean usable = cue.role() != MeasureCues.Role.OBJECT
                        || thing.isEmpty() && (t < quantity.start() || copulaBetween(tokens, end, t));
                if (usable && placed && cue.matches(tokens.get(t))
                        && applies(cue, tokens, segments, segment)) {
                    best = cue.measure();
                    bestDistance = distance;
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The segment of a relative clause right after the counted noun, which says what befell the counted: "the three
     * journalists who became sick", "patients that died"; -1 when none follows.
     */
    private static int relativeClause(List<Token> tokens, int[] segments, Optional<CountedThing> thing) {
        if (thing.isEmpty() || thing.get().end() >= tokens.size()) {
            return -1;
        }
        int at = thing.get().end();
        if (Set.of(",", "…", "...").contains(tokens.get(at).word()) && at + 1 < tokens.size()) {
            at++; // "around 7,000 people … that are effectively homeless", "40 patients, who were …"
        }
        Token next = tokens.get(at);
        boolean relativePronoun = Set.of("who", "that", "which").contains(next.lower()) && !next.tag().equals("DT");
        return relativePronoun ? segments[at] : -1;
    }

    /** A form of "be" between the figure and token {@code t}, with no comma or full stop: "N are mild cases". */
    private static boolean copulaBetween(List<Token> tokens, int from, int t) {
        boolean copula = false;
        for (int k = from; k < t; k++) {
            String tag = tokens.get(k).tag();
            if (tag.equals(",") || tag.equals(".") || tokens.get(k).isVerb() && !tokens.get(k).base().equals("be")) {
                return false;
            }
            copula |= tokens.get(k).base().equals("be");
        }
        return copula;
    }

    private static boolean applies(MeasureCues.Cue cue, List<Token> tokens, int[] segments, int segment) {
        boolean required = cue.requires().isEmpty();
        for (int t = 0; t < tokens.size(); t++) {
            if (segments[t] != segment) {
                continue;
            }
            String base = tokens.get(t).base();
            String word = tokens.get(t).lower();
            if (cue.unless().contains(base) || cue.unless().contains(word)) {
                return false;
            }
            required |= cue.requires().contains(base) || cue.requires().contains(word);
        }
        return required;
    }

    private static String lower(List<Token> tokens, int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).lower() : "";
    }
}
