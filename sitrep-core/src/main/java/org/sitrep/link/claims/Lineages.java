package org.sitrep.link.claims;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.sitrep.link.origin.SharedOrigins;
import org.sitrep.model.Document;
import org.sitrep.model.Lineage;
import org.sitrep.model.Lineage.Sighting;

/**
 * A group's lineage: its figures in the order their reports were published, each either the first of its
 * independent source or a repeat of an earlier one (the same source again, or a report sharing its origin). A
 * report of unknown date is never guessed into place: it comes after the dated ones, and the reasoning says it may
 * have come earlier.
 */
final class Lineages {

    /** Repeats spelled out in the reasoning; every one is in the sightings. */
    private static final int REPEATS_LISTED = 10;

    private Lineages() {}

    static Lineage of(List<AlignedClaim> members, Independence.Sources sources, SharedOrigins origins) {
        List<Integer> order = IntStream.range(0, members.size()).boxed()
                .sorted(Comparator.comparing((Integer i) -> published(members.get(i).document()),
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        List<Sighting> sightings = new ArrayList<>();
        Map<Integer, Integer> firstOfSource = new HashMap<>();
        List<String> repeats = new ArrayList<>();
        int unlisted = 0;
        for (int i : order) {
            AlignedClaim member = members.get(i);
            Integer earlier = firstOfSource.putIfAbsent(sources.sourceOf()[i], i);
            String repeated = null;
            String why = null;
            if (earlier != null) {
                AlignedClaim first = members.get(earlier);
                repeated = first.document().id();
                why = whyRepeat(first, member, origins);
                if (first.document().id().equals(member.document().id())) {
                    // a report giving its source's figure twice, or two figures, repeats no one: the verdict tells
                } else if (repeats.size() < REPEATS_LISTED) {
                    repeats.add(labelOf(member.document()) + " repeats " + labelOf(first.document()) + " (" + why + ")");
                } else {
                    unlisted++;
                }
            }
            LocalDate day = published(member.document());
            sightings.add(new Sighting(member.document().id(), member.document().outlet(),
                    day == null ? null : day.toString(), sources.sources().get(sources.sourceOf()[i]),
                    member.claim().span(), repeated, why));
        }
        if (unlisted > 0) {
            repeats.add("and " + unlisted + " more repeats");
        }
        return new Lineage(sightings.getFirst().published() == null ? null : sightings.getFirst().documentId(),
                sightings, reasoning(sightings, repeats, members));
    }

    private static String reasoning(List<Sighting> sightings, List<String> repeats, List<AlignedClaim> members) {
        long undated = sightings.stream().filter(s -> s.published() == null).count();
        StringBuilder why = new StringBuilder();
        Sighting first = sightings.getFirst();
        if (first.published() == null) {
            why.append("No report gives its date, so which came first cannot be told; listed in the order given. ");
        } else {
            String outlet = first.outlet() == null ? "report " + first.documentId() : first.outlet();
            why.append("First seen in ").append(outlet).append(" (").append(first.published()).append(", from ")
                    .append(first.source()).append(")");
            why.append(undated > 0 ? "; " + undated + " report" + (undated == 1 ? "" : "s")
                    + " of unknown date, listed after the dated ones, may have come earlier. " : ". ");
        }
        if (repeats.isEmpty()) {
            why.append(members.size() == 1 ? "Nobody repeats it." : "No report repeats another's source.");
        } else {
            why.append(String.join("; ", repeats)).append('.');
        }
        return why.toString();
    }

    private static String whyRepeat(AlignedClaim first, AlignedClaim repeat, SharedOrigins origins) {
        if (first.document().id().equals(repeat.document().id())) {
            return "the same report again";
        }
        String shared = Independence.oneSource(first, repeat, origins).orElse("");
        return shared.isEmpty() ? "the same source, " + repeat.source().name()
                : shared.substring(shared.indexOf(": ") + 2).replaceFirst("\\.$", "");
    }

    private static String labelOf(Document document) {
        return document.outlet() != null ? document.outlet() : "report " + document.id();
    }

    private static LocalDate published(Document document) {
        return document.published() == null ? null : document.published().date();
    }
}
