package org.sitrep.extract.place;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.extract.place.gazetteer.Candidate;
import org.sitrep.extract.place.gazetteer.Distances;
import org.sitrep.extract.place.gazetteer.Gazetteer;
import org.sitrep.extract.place.gazetteer.NameKind;
import org.sitrep.extract.place.gazetteer.PlaceNames;

/**
 * Chooses, for each toponym of one document, the gazetteer entry it names. The score of a candidate is a sum of
 * parts one can read off:
 * <ol>
 * <li>prior: log10 of its population, plus a bonus by feature (a country, a division, a capital) and a cue from
 *     the words around the name ("Aleppo province" wants a division, "the town of Azaz" a settlement), less a
 *     penalty for a name that is only an alternate, an adjective or a fuzzy match;
 * <li>country focus: the share of the document's other names whose likeliest reading lies in its country;
 * <li>spatial coherence: how near it is to the likeliest readings of the other names ("near Aleppo");
 * <li>containment: its division or country is itself named in the document, or it is the division or country of
 *     another place the document names.
 * </ol>
 * All names with the same folded spelling and cue in one document get the same reading (one sense per
 * discourse). A name whose best reading is a small place far from everything else the document names is left
 * unresolved: more likely a place the gazetteer does not know than a namesake across the world.
 * Weights were checked on the dev split of the geoparsing evaluation ({@code sitrep eval places}): focus 1-5 and
 * coherence 0.5-3 move dev accuracy@161 km by under 0.02; the population discount of divisions and the points
 * countries and continents stand at (GeoNames' own) matter more.
 */
public final class PlaceResolver {

    static final double FOCUS_WEIGHT = 3.0;
    static final double COHERENCE_WEIGHT = 2.0;
    static final double CONTAINMENT_WEIGHT = 2.0;
    /**
     * A country is weaker evidence than a division: a report on Syria that names the United States does not
     * make "Geneva" Geneva, New York.
     */
    static final double COUNTRY_CONTAINMENT_WEIGHT = 1.0;
    /** Proximity falls to 1/e at this distance. */
    static final double COHERENCE_KM = 300;
    private static final int MAX_CANDIDATES = 30;
    /**
     * A second-level division (a US or English county) has no population in the gazetteer: its bonus ranks it as
     * a town of 1,000 (dev accuracy@161 km 0.816 → 0.818).
     */
    private static final Map<String, Double> FEATURE_BONUS = Map.of(
            "PCLI", 3.0, "PPLC", 1.5, "PPLA", 1.0, "PPLA2", 0.5, "OCN", 6.0, "ADM2", 2.0);
    private static final Set<String> DIVISIONS = Set.of("PCLI", "ADM1", "ADM2");

    /**
     * Words that name a kind of place or a direction rather than a place: alone, a part of a longer name made of
     * them ("South Kilburn Estate", "Agriculture Park") says nothing about where it is.
     */
    private static final Set<String> GENERIC = folded("north", "south", "east", "west", "northern", "southern",
            "eastern", "western", "central", "upper", "lower", "new", "old", "great", "little", "park", "city", "town",
            "valley", "college", "university", "hospital", "street", "road", "lake", "river", "county", "island",
            "estate", "house", "hall", "church", "school", "centre", "center", "station", "airport", "port", "bay",
            "beach", "hill", "mount", "state", "district", "region", "province", "square", "bridge", "market", "court",
            "cathedral", "castle", "village", "green", "field", "fields", "garden", "gardens", "lagoon", "harbour",
            "harbor", "union", "national", "royal", "saint", "st", "gulf", "embassy", "consulate", "institute",
            "council", "zoo", "museum", "library", "stadium", "prison", "camp", "base", "avenue", "ave",
            "lane", "highway", "plaza", "tower", "mall", "metro", "community", "general", "memorial", "medical",
            "children", "childrens", "public", "high", "primary", "academy", "police", "fire", "office");
    /**
     * An Arabic article after a word makes that word the head of a construct ("Bab al-Salama", gate of peace;
     * "Tal al-…", "Deir ez-…"): the head alone is not the place (Bab al-Salama is not the town of Al-Bab).
     */
    private static final java.util.regex.Pattern ARTICLE = java.util.regex.Pattern.compile(
            "(?i)(?:al|el|as|ash|ad|ar|at|az|an|ed|es|er|et|ez|en)(?:[-‐‑]\\p{L}.*)?");


    private final Gazetteer gazetteer;

    /** Compared with folded names, so folded the same way ("valley" → "valey"). */
    private static Set<String> folded(String... words) {
        return java.util.Arrays.stream(words).map(PlaceNames::key).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    public PlaceResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    public List<Resolution> resolve(List<Toponym> toponyms) {
        Map<String, List<Toponym>> byName = new LinkedHashMap<>();
        for (Toponym t : toponyms) {
            byName.computeIfAbsent(PlaceNames.key(t.text()) + "|" + t.cue(), k -> new ArrayList<>()).add(t);
        }
        List<String> names = new ArrayList<>(byName.keySet());
        List<List<Resolution.Scored>> scored = new ArrayList<>();
        for (String name : names) {
            scored.add(priors(byName.get(name)));
        }
        int[] likeliest = new int[names.size()];
        Map<String, Double> focus = new HashMap<>();
        double votes = 0;
        for (int i = 0; i < names.size(); i++) {
            likeliest[i] = scored.get(i).isEmpty() ? -1 : scored.get(i).get(0).entry();
            if (likeliest[i] >= 0) {
                double weight = byName.get(names.get(i)).size();
                focus.merge(gazetteer.country(likeliest[i]), weight, Double::sum);
                votes += weight;
            }
        }
        Map<String, Resolution> byNameResult = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            double ownVotes = likeliest[i] >= 0 ? byName.get(names.get(i)).size() : 0;
            List<Resolution.Scored> ranked = new ArrayList<>();
            for (Resolution.Scored c : scored.get(i)) {
                double score = c.prior();
                String country = gazetteer.country(c.entry());
                double others = votes - ownVotes;
                if (others > 0 && country.isEmpty()) {
                    score += FOCUS_WEIGHT * bordering(focus, likeliest[i], ownVotes) / others;
                } else if (others > 0) {
                    score += FOCUS_WEIGHT * othersIn(focus, country, likeliest[i], ownVotes) / others;
                }
                score += COHERENCE_WEIGHT * coherence(c.entry(), likeliest, i);
                score += containment(c.entry(), likeliest, i);
                ranked.add(new Resolution.Scored(c.entry(), c.kind(), c.fuzzy(), c.prior(), score));
            }
            ranked.sort(Comparator.comparingDouble(Resolution.Scored::score).reversed());
            int best = ranked.isEmpty() ? -1 : ranked.get(0).entry();
            if (best >= 0 && (isStray(best, likeliest, i) || isMinorForeign(best, focus, votes, ownVotes, likeliest[i])
                    || isForeignGuess(ranked.get(0), focus, votes - ownVotes, likeliest[i]))) {
                best = -1;
            }
            byNameResult.put(names.get(i), new Resolution(null, ranked, best, best < 0 ? 0 : confidence(ranked)));
        }
        List<Resolution> out = new ArrayList<>();
        for (Toponym t : toponyms) {
            Resolution r = byNameResult.get(PlaceNames.key(t.text()) + "|" + t.cue());
            out.add(new Resolution(t, r.ranked(), r.resolved(), r.confidence()));
        }
        return out;
    }

    /**
     * Whether the entry lies in the division or country another name's likeliest reading is ("London" beside
     * "Ontario"), or is itself the division or country of one ("Washington" beside Seattle and Spokane is the
     * state that holds them, not the capital; "Montana" the state, not Montana City; "Georgia" beside Tbilisi the
     * country). Only other names count: the city of Aleppo does not gain from the governorate its own name may
     * also mean.
     */
    private double containment(int entry, int[] likeliest, int self) {
        int division = gazetteer.admin1Entry(entry);
        int country = gazetteer.countryEntry(entry);
        double weight = 0;
        for (int j = 0; j < likeliest.length; j++) {
            int other = likeliest[j];
            if (j == self || other < 0 || other == entry) {
                continue;
            }
            if (other == division || gazetteer.admin1Entry(other) == entry) {
                return CONTAINMENT_WEIGHT;
            }
            if (other == country || gazetteer.countryEntry(other) == entry) {
                weight = COUNTRY_CONTAINMENT_WEIGHT;
            }
        }
        return weight;
    }

    /**
     * The focus an ocean or a continent gets: it lies in no country but borders the one the document is about,
     * so it counts as lying in the country most of the other names are in ("the Atlantic" in a report on US
     * towns is the ocean, not Atlantic, Iowa).
     */
    private double bordering(Map<String, Double> focus, int ownLikeliest, double ownVotes) {
        double most = 0;
        for (String country : focus.keySet()) {
            most = Math.max(most, country.isEmpty() ? 0 : othersIn(focus, country, ownLikeliest, ownVotes));
        }
        return most;
    }

    /** The votes of the document's other names for {@code country}: its focus without the name's own votes. */
    private double othersIn(Map<String, Double> focus, String country, int ownLikeliest, double ownVotes) {
        return focus.getOrDefault(country, 0.0)
                - (ownLikeliest >= 0 && gazetteer.country(ownLikeliest).equals(country) ? ownVotes : 0);
    }

    /** The population-prior baseline: the most populous candidate, nothing else. */
    public Resolution mostPopulous(Toponym toponym) {
        List<Candidate> candidates = candidates(toponym.text());
        int best = candidates.stream().map(Candidate::entry)
                .max(Comparator.comparingLong(gazetteer::population)).orElse(-1);
        return new Resolution(toponym, List.of(), best, best < 0 ? 0 : 1);
    }

    List<Candidate> candidates(String name) {
        if (GENERIC.contains(PlaceNames.key(name))) {
            return List.of(); // "the West", "the Gulf": a direction or a kind of place, not one place
        }
        List<Candidate> exact = gazetteer.candidates(name);
        if (!exact.isEmpty()) {
            return withoutTownsOnlyAlsoCalled(exact);
        }
        // One edit from five letters ("Nubul" → Nubl), two from ten in one word; the same on the dev split as from
        // six letters, and a fuzzy match must still lie in a country the document names (isForeignGuess).
        String key = PlaceNames.key(name);
        List<Candidate> fuzzy = key.length() >= 10 && !key.contains(" ") ? gazetteer.fuzzyCandidates(name, 2)
                : key.length() >= 5 ? gazetteer.fuzzyCandidates(name, 1) : List.of();
        return fuzzy.isEmpty() ? partCandidates(name) : fuzzy;
    }

    /**
     * Drops the towns that only have the name as one of their alternate names in a country where another town
     * bears it as its own: "Riverdale" is Riverdale, New Jersey, or another Riverdale, not Glendale, California
     * (once called Riverdale); "Waterloo" is not Austin. Exonyms abroad stay ("Geneva" is Genève, beside Geneva,
     * Illinois), and so do divisions and countries.
     */
    private List<Candidate> withoutTownsOnlyAlsoCalled(List<Candidate> candidates) {
        Set<String> bornBy = new java.util.HashSet<>();
        for (Candidate c : candidates) {
            if (c.kind() == NameKind.PREFERRED && gazetteer.featureClass(c.entry()).equals("P")) {
                bornBy.add(gazetteer.country(c.entry()));
            }
        }
        return candidates.stream().filter(c -> c.kind() != NameKind.ALTERNATE
                || !gazetteer.featureClass(c.entry()).equals("P") || !bornBy.contains(gazetteer.country(c.entry())))
                .toList();
    }

    /**
     * For a name the gazetteer lacks, the longest run of its words that names a town of 1,000 people or more, a
     * division or a country ("Colorado State University" → Colorado, "British Embassy Tokyo" → Tokyo, "Suffolk
     * County" → Suffolk): a building or district lies within or near the place in its name. Marked fuzzy, so only
     * a country the document is about is accepted.
     */
    private List<Candidate> partCandidates(String name) {
        String[] words = name.strip().split("\\s+");
        for (int length = words.length - 1; length >= 1; length--) {
            for (int from = 0; from + length <= words.length; from++) {
                String part = String.join(" ", java.util.Arrays.copyOfRange(words, from, from + length));
                if (!Character.isUpperCase(part.charAt(0)) || GENERIC.contains(PlaceNames.key(part))
                        || ARTICLE.matcher(words[from + length - 1]).matches()
                        || from + length < words.length && ARTICLE.matcher(words[from + length]).matches()) {
                    continue;
                }
                List<Candidate> found = gazetteer.candidates(part).stream()
                        .filter(c -> gazetteer.population(c.entry()) >= 1000 || gazetteer.featureClass(c.entry()).equals("A"))
                        .map(c -> new Candidate(c.entry(), c.kind(), true)).toList();
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return List.of();
    }

    private List<Resolution.Scored> priors(List<Toponym> mentions) {
        Toponym first = mentions.get(0);
        List<Resolution.Scored> scored = new ArrayList<>();
        for (Candidate c : candidates(first.text())) {
            scored.add(new Resolution.Scored(c.entry(), c.kind(), c.fuzzy(), 0, prior(c, first.cue(), first.text())));
        }
        scored.sort(Comparator.comparingDouble(Resolution.Scored::score).reversed());
        List<Resolution.Scored> kept = new ArrayList<>();
        for (Resolution.Scored s : scored.subList(0, Math.min(MAX_CANDIDATES, scored.size()))) {
            kept.add(new Resolution.Scored(s.entry(), s.kind(), s.fuzzy(), s.score(), s.score()));
        }
        return kept;
    }

    double prior(Candidate c, Toponym.Cue cue, String name) {
        int e = c.entry();
        String code = gazetteer.featureCode(e);
        // A division's population is the sum of its towns': counted at a tenth, so that "New York" and
        // "Washington" are the cities unless a cue says "state" (measured on the dev split).
        long population = code.equals("ADM1") ? gazetteer.population(e) / 10 : gazetteer.population(e);
        double score = Math.log10(population + 10) + FEATURE_BONUS.getOrDefault(code, 0.0);
        if (c.kind() == NameKind.ALTERNATE && !isShortFor(name, gazetteer.name(e))) {
            score -= 0.5;
        }
        if (c.fuzzy()) {
            score -= 1.0;
        }
        if (cue == Toponym.Cue.DIVISION) {
            score += DIVISIONS.contains(code) ? 3 : 0;
        } else if (cue == Toponym.Cue.SETTLEMENT) {
            score += gazetteer.featureClass(e).equals("P") ? 2 : -3;
        }
        return score;
    }

    /**
     * Whether the name is the entry's own name without its last words ("New York" of New York City): a short
     * form, not another place's name borrowed, so no alternate's penalty.
     */
    private static boolean isShortFor(String name, String own) {
        String key = PlaceNames.key(name);
        String ownKey = PlaceNames.key(own);
        return !key.isEmpty() && ownKey.startsWith(key + " ");
    }

    /** Mean proximity to the likeliest readings of the other names, each in (0, 1]. */
    private double coherence(int entry, int[] likeliest, int self) {
        double sum = 0;
        int n = 0;
        for (int j = 0; j < likeliest.length; j++) {
            if (j == self || likeliest[j] < 0 || gazetteer.featureCode(likeliest[j]).equals("PCLI")) {
                continue;
            }
            double km = Distances.km(gazetteer.latitude(entry), gazetteer.longitude(entry),
                    gazetteer.latitude(likeliest[j]), gazetteer.longitude(likeliest[j]));
            sum += Math.exp(-km / COHERENCE_KM);
            n++;
        }
        return n == 0 ? 0 : sum / n;
    }

    /**
     * A village (under 5,000 people) more than 1,500 km from every other place the document names, when it
     * names at least two: Mayer, a Syrian village cities500 lacks, is not Mayer, Arizona.
     */
    private boolean isStray(int entry, int[] likeliest, int self) {
        if (gazetteer.population(entry) >= 5000 || !gazetteer.featureClass(entry).equals("P")) {
            return false;
        }
        int others = 0;
        for (int j = 0; j < likeliest.length; j++) {
            if (j == self || likeliest[j] < 0) {
                continue;
            }
            others++;
            double km = Distances.km(gazetteer.latitude(entry), gazetteer.longitude(entry),
                    gazetteer.latitude(likeliest[j]), gazetteer.longitude(likeliest[j]));
            if (km < 1500) {
                return false;
            }
        }
        return others >= 2;
    }

    /**
     * A village (under 5,000 people) in a country fewer than a fifth of the document's other names are in: the
     * namesake of a place the gazetteer lacks, more likely than the place the text is about.
     */
    private boolean isMinorForeign(int entry, Map<String, Double> focus, double votes, double ownVotes, int ownLikeliest) {
        double others = votes - ownVotes;
        if (others < 2 || gazetteer.population(entry) >= 5000 || !gazetteer.featureClass(entry).equals("P")) {
            return false;
        }
        String country = gazetteer.country(entry);
        double same = focus.getOrDefault(country, 0.0)
                - (ownLikeliest >= 0 && gazetteer.country(ownLikeliest).equals(country) ? ownVotes : 0);
        return same / others < 0.2;
    }

    /**
     * A fuzzy or partial match counts only in a country the document's other names are in: "Makeen" is not Makeni
     * in Sierra Leone because it differs from it by a letter. Alternate spellings of towns under 100,000 people are
     * held to the same rule: refusing all alternates abroad cost accuracy on the dev split (English exonyms such as
     * "Geneva" are GeoNames alternates), this narrower rule costs one toponym in 2,712 there and keeps "Kafin" off
     * Armenia.
     */
    private boolean isForeignGuess(Resolution.Scored best, Map<String, Double> focus, double othersVotes,
                                   int ownLikeliest) {
        // An alternate spelling of a town under 100,000 people is as much a guess as a fuzzy match ("Kafin", a
        // Syrian village, is an alternate of Kapan in Armenia); exonyms of big cities ("Geneva") stay allowed.
        boolean obscureAlternate = best.kind() == NameKind.ALTERNATE && gazetteer.featureClass(best.entry()).equals("P")
                && gazetteer.population(best.entry()) < OBSCURE_ALTERNATE_POPULATION;
        if (!best.fuzzy() && !obscureAlternate) {
            return false;
        }
        String country = gazetteer.country(best.entry());
        double others = focus.getOrDefault(country, 0.0) - (ownLikeliest >= 0 && gazetteer.country(ownLikeliest).equals(country) ? 1 : 0);
        return others <= 0;
    }

    private static final long OBSCURE_ALTERNATE_POPULATION = 100_000;

    /** Softmax share of the best score: 1 when nothing competes, 1/2 for a tie. */
    private static double confidence(List<Resolution.Scored> ranked) {
        double top = ranked.get(0).score();
        double sum = 0;
        for (Resolution.Scored s : ranked) {
            sum += Math.exp(s.score() - top);
        }
        return 1 / sum;
    }
}
