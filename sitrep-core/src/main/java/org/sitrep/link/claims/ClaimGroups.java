package org.sitrep.link.claims;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.sitrep.link.origin.SharedOrigins;
import org.sitrep.model.Claim;
import org.sitrep.model.ClaimGroup;
import org.sitrep.model.Document;
import org.sitrep.model.DocumentAnalysis;
import org.sitrep.model.Interval;
import org.sitrep.model.Speaker;

/**
 * Claim alignment and reconciliation: the documents' figures grouped by what they count (measure, thing counted,
 * place, period; see {@link MeasureKinds}, {@link CountedThings}, {@link PlaceKey}, {@link Period}), each group
 * with a verdict and its reasoning ({@link Verdicts}).
 *
 * <p>Grouping hashes each claim's {@link GroupKey}, so a claim is only ever compared with the claims of its own
 * block, never with the corpus. A figure with no place joins the group of its measure, thing and period that has
 * a place when there is exactly one such group and the figure agrees with one of its figures (the AFP report's
 * "his country … hosts about 2.5 million Syrian refugees" meets the figures placed in Turkey when Turkey is the
 * only place such figures are given for); otherwise it stays in a group of unplaced figures, and the reasoning
 * says so.
 */
public final class ClaimGroups {

    private ClaimGroups() {}

    /** Groups with each speaker named as its report names it: no entity resolution. */
    public static List<ClaimGroup> of(List<DocumentAnalysis> documents) {
        return of(documents, Speaker::name);
    }

    /**
     * Groups with speakers named by {@code speakerNames}: given the cross-document entities' canonical names, one
     * speaker named differently by two reports counts once among a group's independent sources.
     */
    public static List<ClaimGroup> of(List<DocumentAnalysis> documents, Function<Speaker, String> speakerNames) {
        return of(documents, speakerNames, SharedOrigins.of(documents));
    }

    /** As {@link #of(List, Function)}, with the reports' shared origins already found. */
    public static List<ClaimGroup> of(List<DocumentAnalysis> documents, Function<Speaker, String> speakerNames,
                                      SharedOrigins origins) {
        return of(documents, speakerNames, origins, key -> true);
    }

    /**
     * The groups of one block ({@link #blockOf}) only. The reports come whole, with all their claims, quotes and
     * text, because a claim's source can depend on the report's other claims (a lede restating a figure the report
     * credits elsewhere), which may fall in other blocks: a distributed run groups each block apart with this.
     */
    public static List<ClaimGroup> ofBlock(List<DocumentAnalysis> documents, Function<Speaker, String> speakerNames,
                                           String block) {
        return of(documents, speakerNames, SharedOrigins.of(documents),
                key -> key.withoutPlace().toString().equals(block));
    }

    private static List<ClaimGroup> of(List<DocumentAnalysis> documents, Function<Speaker, String> speakerNames,
                                       SharedOrigins origins, Predicate<GroupKey> wanted) {
        Map<GroupKey, List<AlignedClaim>> blocks = new LinkedHashMap<>();
        for (DocumentAnalysis analysis : documents) {
            Spokespeople spokespeople = Spokespeople.of(analysis);
            List<AlignedClaim> report = new ArrayList<>();
            for (var claim : analysis.claims()) {
                AlignedClaim.of(claim, analysis.document(), speakerNames, spokespeople).ifPresent(report::add);
            }
            Restatements.of(report).stream().filter(aligned -> wanted.test(GroupKey.of(aligned))).forEach(aligned ->
                    blocks.computeIfAbsent(GroupKey.of(aligned), key -> new ArrayList<>()).add(aligned));
        }
        Map<GroupKey, List<GroupKey>> placedBlocks = blocks.keySet().stream().filter(GroupKey::placed)
                .collect(Collectors.groupingBy(GroupKey::withoutPlace, LinkedHashMap::new, Collectors.toList()));
        Map<GroupKey, List<AlignedClaim>> grouped = new LinkedHashMap<>();
        blocks.forEach((key, members) -> {
            if (key.placed()) {
                grouped.computeIfAbsent(key, k -> new ArrayList<>()).addAll(members);
            }
        });
        List<ClaimGroup> groups = new ArrayList<>();
        blocks.forEach((key, members) -> {
            if (key.placed()) {
                return;
            }
            List<GroupKey> candidates = placedBlocks.getOrDefault(key, List.of());
            List<AlignedClaim> apart = new ArrayList<>(members);
            // "another 10,000" says it is not the figure given before, so agreeing with it is no evidence of one place
            if (candidates.size() == 1 && !key.increment()) {
                List<AlignedClaim> placed = grouped.get(candidates.getFirst());
                Set<Interval> values = placed.stream().map(m -> m.claim().value()).collect(Collectors.toSet());
                List<AlignedClaim> fitting = members.stream().filter(member -> fits(member, values)).toList();
                placed.addAll(fitting);
                apart.removeAll(fitting);
            }
            if (!apart.isEmpty()) {
                groups.add(group(key, apart, incrementNote(key) + unplacedNote(key, candidates.size()), origins));
            }
        });
        grouped.forEach((key, members) -> groups.add(group(key, members, incrementNote(key) + placementNote(members),
                origins)));
        // what several sources say first: that is what an analyst compares
        groups.sort(Comparator.comparingInt(ClaimGroup::independentSources).reversed());
        return List.copyOf(groups);
    }

    /**
     * The block a claim falls in, or empty when it is not a figure that is grouped. Claims of different blocks never
     * end in one group (a figure without a place only ever joins a group of its own measure, thing and period), so
     * {@link #of} over one block's claims gives that block's groups: a distributed run groups each block apart.
     */
    public static Optional<String> blockOf(Claim claim, Document document) {
        return AlignedClaim.of(claim, document, Speaker::name, Spokespeople.none())
                .map(aligned -> GroupKey.of(aligned).withoutPlace().toString());
    }

    /**
     * Without a place, the only evidence that a figure counts what a placed group counts is that it agrees with
     * it; a figure that fits none of the group's figures more likely counts another scope (a town's displaced, not
     * the country's) than contradicts them, so it is not joined: a guess never makes a conflict.
     */
    private static boolean fits(AlignedClaim unplaced, Set<Interval> placed) {
        return placed.stream().anyMatch(value -> Figures.overlap(unplaced.claim().value(), value));
    }

    private static String incrementNote(GroupKey key) {
        return key.increment() ? "Increments (“another”, “a further”, “more”): each counts what came on top of a "
                + "figure given elsewhere, so they are compared only with each other, never with totals. " : "";
    }

    private static String unplacedNote(GroupKey key, int placesOfThisKind) {
        if (key.increment() && placesOfThisKind > 0) {
            return "No figure in this group gives a place; an increment is not joined to a place's figures by "
                    + "agreeing with them, since it says it counts something besides them. ";
        }
        return switch (placesOfThisKind) {
            case 0 -> "No figure in this group gives a place. ";
            case 1 -> "No figure in this group gives a place, and none agrees with the figures given for the one "
                    + "place this measure is given for, so they are not taken as that place's. ";
            default -> "No figure in this group gives a place, and figures of this measure are given for "
                    + placesOfThisKind + " places, so these are not joined to any of them. ";
        };
    }

    private static ClaimGroup group(GroupKey key, List<AlignedClaim> unsorted, String note, SharedOrigins origins) {
        // along time, undated last; input order otherwise, so earlier reports are cited first
        List<AlignedClaim> members = unsorted.stream()
                .sorted(Comparator.comparing((AlignedClaim m) -> m.period().date(),
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        // why a spokesperson's figure is their organisation's, once per speaker
        String spokespeople = members.stream().map(m -> m.source().why()).filter(Objects::nonNull).distinct()
                .map(why -> why + ". ").collect(Collectors.joining());
        var independence = Independence.of(members, origins);
        var judgement = Verdicts.of(members, independence);
        AlignedClaim first = members.getFirst();
        String place = members.stream().map(m -> m.place().name()).filter(Objects::nonNull).findFirst().orElse(null);
        return new ClaimGroup(idOf(first), key.measure().label(), key.thing().isEmpty() ? null : key.thing(), place,
                periodOf(members), members.stream().map(AlignedClaim::claim).toList(), judgement.verdict(),
                judgement.sources().size(), judgement.sources(), note + spokespeople + judgement.reasoning(),
                Lineages.of(members, independence, origins));
    }

    private static String placementNote(List<AlignedClaim> members) {
        List<String> unplaced = members.stream().filter(m -> !m.place().known()).map(AlignedClaim::cited).toList();
        if (unplaced.isEmpty()) {
            return "";
        }
        String place = members.stream().map(m -> m.place().name()).filter(Objects::nonNull).findFirst().orElseThrow();
        return String.join(", ", unplaced) + (unplaced.size() == 1 ? " gives" : " give") + " no place; taken as "
                + place + ": the only place this measure is given for, and a figure given for it agrees. ";
    }

    private static String periodOf(List<AlignedClaim> members) {
        if (!members.getFirst().period().cumulative()) {
            return members.getFirst().period().shown();
        }
        List<LocalDate> dates = members.stream().map(m -> m.period().date()).filter(Objects::nonNull).distinct().toList();
        if (dates.isEmpty()) {
            return "growing count, dates unknown";
        }
        return dates.size() == 1 ? "growing count as of " + dates.getFirst()
                : "growing count, " + dates.getFirst() + " to " + dates.getLast();
    }

    /** Stable across runs: the group's measure and its first figure's place in its document. */
    private static String idOf(AlignedClaim first) {
        return first.measure().label() + "-" + first.claim().span().documentId() + "-" + first.claim().span().begin();
    }
}
