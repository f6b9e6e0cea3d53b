package org.sitrep.extract.claim;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.sitrep.model.TimeRef;

/**
 * The time a figure holds for: the time expression of its own clause ("were stranded on the Turkish border
 * Friday"), else one in the sentence's main clause ("Davutoglu said Thursday up to 70,000…", "On Friday,
 * clashes … cost 120 lives"). A time in another subordinate clause ("since Russia began its campaign on
 * September 30") does not govern the figure. Reference points ("since 2011", "until February 25") and
 * durations ("two years") are not when a figure holds; "the past 24 hours" and "the last two days" are.
 */
final class ClaimTime {

    private static final Set<String> REFERENCE_POINT = Set.of("since", "until", "till", "by", "before", "after", "from");

    private ClaimTime() {}

    /** @param times the time expressions inside the figure's sentence; returns null when none governs it */
    static TimeRef governing(List<Token> tokens, int[] segments, Quantity quantity, List<TimeRef> times) {
        int segment = segments[quantity.amountStart()];
        record Candidate(TimeRef time, int rank) {}
        return times.stream()
                .filter(ClaimTime::saysWhen)
                .map(time -> {
                    int at = firstToken(tokens, time);
                    if (at < 0 || REFERENCE_POINT.contains(at > 0 ? tokens.get(at - 1).lower() : "")
                            || at >= quantity.start() && at < quantity.end()) {
                        return null;
                    }
                    int clause = segments[at] == segment ? 0 : segments[at] == 0 ? 1 : -1;
                    if (clause < 0) {
                        return null;
                    }
                    boolean reference = time.normalized() == null || time.normalized().endsWith("_REF");
                    int distance = at < quantity.start() ? quantity.start() - at : at - quantity.end();
                    return new Candidate(time, clause * 10_000 + (reference ? 1_000 : 0) + distance);
                })
                .filter(java.util.Objects::nonNull)
                .min(Comparator.comparingInt(Candidate::rank))
                .map(Candidate::time)
                .orElse(null);
    }

    private static boolean saysWhen(TimeRef time) {
        if ("SET".equals(time.type())) {
            return false;
        }
        return !"DURATION".equals(time.type()) || time.text().matches("(?i)(the\\s+)?(last|past)\\b.*");
    }

    private static int firstToken(List<Token> tokens, TimeRef time) {
        for (int t = 0; t < tokens.size(); t++) {
            if (tokens.get(t).begin() >= time.span().begin() && tokens.get(t).begin() < time.span().end()) {
                return t;
            }
        }
        return -1;
    }
}
