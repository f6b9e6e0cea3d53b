package org.sitrep.link.claims;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sitrep.model.Claim;
import org.sitrep.model.ClaimGroup;
import org.sitrep.model.Document;
import org.sitrep.model.DocumentAnalysis;
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
        Map<GroupKey, List<AlignedClaim>> blocks = new LinkedHashMap<>();
        for (DocumentAnalysis analysis : documents) {
            for (var claim : analysis.claims()) {
                AlignedClaim.of(claim, analysis.document(), speakerNames)
                        .ifPresent(aligned -> blocks.computeIfAbsent(GroupKey.of(aligned), key -> new ArrayList<>()).add(aligned));
            }
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
            if (candidates.size() == 1) {
                List<AlignedClaim> placed = grouped.get(candidates.getFirst());
                List<AlignedClaim> fitting = members.stream().filter(member -> fits(member, placed)).toList();
                placed.addAll(fitting);
                apart.removeAll(fitting);
            }
            if (!apart.isEmpty()) {
                groups.add(group(key, apart, unplacedNote(candidates.size())));
            }
        });
        grouped.forEach((key, members) -> groups.add(group(key, members, placementNote(members))));
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
        return AlignedClaim.of(claim, document, Speaker::name).map(aligned -> GroupKey.of(aligned).withoutPlace().toString());
    }

    /**
     * Without a place, the only evidence that a figure counts what a placed group counts is that it agrees with
     * it; a figure that fits none of the group's figures more likely counts another scope (a town's displaced, not
     * the country's) than contradicts them, so it is not joined: a guess never makes a conflict.
     */
    private static boolean fits(AlignedClaim unplaced, List<AlignedClaim> placed) {
        return placed.stream().anyMatch(member -> Figures.overlap(unplaced.claim().value(), member.claim().value()));
    }

    private static String unplacedNote(int placesOfThisKind) {
        return switch (placesOfThisKind) {
            case 0 -> "No figure in this group gives a place. ";
            case 1 -> "No figure in this group gives a place, and none agrees with the figures given for the one "
                    + "place this measure is given for, so they are not taken as that place's. ";
            default -> "No figure in this group gives a place, and figures of this measure are given for "
                    + placesOfThisKind + " places, so these are not joined to any of them. ";
        };
    }

    private static ClaimGroup group(GroupKey key, List<AlignedClaim> unsorted, String note) {
        // along time, undated last; input order otherwise, so earlier reports are cited first
        List<AlignedClaim> members = unsorted.stream()
                .sorted(Comparator.comparing((AlignedClaim m) -> m.period().date(),
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        var judgement = Verdicts.of(members);
        AlignedClaim first = members.getFirst();
        String place = members.stream().map(m -> m.place().name()).filter(Objects::nonNull).findFirst().orElse(null);
        return new ClaimGroup(idOf(first), key.measure().label(), key.thing().isEmpty() ? null : key.thing(), place,
                periodOf(members), members.stream().map(AlignedClaim::claim).toList(), judgement.verdict(),
                judgement.sources().size(), judgement.sources(), note + judgement.reasoning());
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
            return members.getFirst().period().label();
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
