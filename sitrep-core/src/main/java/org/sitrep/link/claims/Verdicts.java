package org.sitrep.link.claims;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.stream.Collectors;
import org.sitrep.model.ClaimGroup.Verdict;
import org.sitrep.model.Interval;

/**
 * The verdict on a group of figures, with its reasoning in words. Every pair of the group is compared (a group is
 * one block: one measure, thing, place and period); the first conflict decides, else any difference makes the
 * figures only consistent, else they corroborate each other when at least two independent sources give them.
 */
final class Verdicts {

    record Judgement(Verdict verdict, String reasoning, List<String> sources) {}

    private Verdicts() {}

    static Judgement of(List<AlignedClaim> members, Independence.Sources independence) {
        Judgement judgement = judge(members, independence.sources());
        if (independence.joined().isEmpty()) {
            return judgement;
        }
        return new Judgement(judgement.verdict(), judgement.reasoning() + " " + String.join(" ", independence.joined()),
                judgement.sources());
    }

    /**
     * Only distinct figures are compared: two members with the same interval and period agree with everything
     * alike, so a group that many reports repeat costs the square of its distinct figures, not of its members.
     */
    private static Judgement judge(List<AlignedClaim> all, List<String> sources) {
        Set<List<Object>> seen = new HashSet<>();
        List<AlignedClaim> members = all.stream()
                .filter(m -> seen.add(Arrays.asList(m.claim().value(), m.period().label(), m.period().cumulative())))
                .toList();
        if (all.size() == 1) {
            return new Judgement(Verdict.SINGLE_SOURCE, "One figure, " + members.getFirst().cited()
                    + "; no other report gives this measure for this place and period.", sources);
        }
        Pair conflict = null;
        Pair difference = null;
        Pair update = null;
        for (int i = 0; i < members.size(); i++) {
            for (int j = i + 1; j < members.size(); j++) {
                Pair pair = new Pair(members.get(i), members.get(j), Agreement.of(members.get(i), members.get(j)));
                switch (pair.agreement()) {
                    case CONFLICT -> conflict = conflict == null ? pair : conflict;
                    case COMPATIBLE -> difference = difference == null ? pair : difference;
                    case UPDATE -> update = update == null ? pair : update;
                    case SAME -> { }
                }
            }
        }
        if (sources.size() < 2) {
            String agreement = conflict != null ? "; they disagree: " + conflict.explained()
                    : difference == null && update == null ? "; they agree." : "; they differ but can all be true.";
            return new Judgement(Verdict.SINGLE_SOURCE, "All " + all.size() + " figures come from one source, "
                    + sources.getFirst() + agreement, sources);
        }
        String from = sources.size() + " independent sources (" + String.join(", ", sources) + ")";
        if (conflict != null) {
            return new Judgement(Verdict.CONFLICTING, from + " disagree: " + conflict.explained(), sources);
        }
        if (difference == null && update == null) {
            return new Judgement(Verdict.CORROBORATED, from + " give the same figure: "
                    + members.stream().map(AlignedClaim::cited).collect(Collectors.joining(", "))
                    + "; their intervals overlap.", sources);
        }
        List<String> why = new ArrayList<>();
        if (difference != null) {
            why.add(difference.explained());
        }
        if (update != null) {
            why.add(update.explained());
        }
        return new Judgement(Verdict.CONSISTENT, from + " give different but compatible figures: "
                + String.join(" ", why), sources);
    }

    private record Pair(AlignedClaim a, AlignedClaim b, Agreement agreement) {
        String explained() {
            String both = a.cited() + " and " + b.cited();
            return switch (agreement) {
                case SAME -> both + " state the same figure.";
                case COMPATIBLE -> both + " differ but can both be true: " + shapes() + ".";
                case UPDATE -> later().cited() + ", reported later, is above " + earlier().cited()
                        + ": an update of a count that only grows, not a conflict.";
                case CONFLICT -> both + " cannot both be true: " + whyConflict() + ".";
            };
        }

        private String whyConflict() {
            if (Agreement.datedApart(a, b)) {
                return "the later figure is lower, and this count only grows";
            }
            if (a.period().cumulative() && (a.period().date() == null || b.period().date() == null)) {
                return "their intervals are disjoint, and a date is unknown, so an update cannot be told apart";
            }
            return "their intervals are disjoint for the same period";
        }

        private String shapes() {
            String shapeA = shape(a.claim().value());
            String shapeB = shape(b.claim().value());
            return shapeA.equals(shapeB) ? "both are " + shapeA + "s" : "one is " + article(shapeA) + ", the other "
                    + article(shapeB) + ", and their intervals overlap";
        }

        private AlignedClaim later() {
            return a.period().date().isAfter(b.period().date()) ? a : b;
        }

        private AlignedClaim earlier() {
            return later() == a ? b : a;
        }
    }

    private static String article(String shape) {
        return (shape.startsWith("u") ? "an " : "a ") + shape;
    }

    private static String shape(Interval value) {
        if (value.high() == null) {
            return "lower bound";
        }
        if (value.low() == null || value.low() == 0) {
            return "upper bound";
        }
        return value.low().equals(value.high()) ? "point figure" : "range";
    }
}
