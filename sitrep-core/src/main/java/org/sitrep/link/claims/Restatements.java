package org.sitrep.link.claims;

import java.util.List;
import org.sitrep.model.Interval;

/**
 * A report's own figure that the same report credits to a named source elsewhere is that source's figure, restated:
 * an AFP lede's "Up to 20,000 Syrians were stranded" is OCHA's "up to 20,000 people have gathered" four paragraphs
 * down, not a second source. The same measure and the same stated figure in one report is the evidence; the figure
 * keeps its place, time and wording, and only its source changes, with the reason.
 */
final class Restatements {

    private Restatements() {}

    /** The report's claims with every own figure restating a credited one given that figure's source. */
    static List<AlignedClaim> of(List<AlignedClaim> report) {
        return report.stream().map(claim -> claim.source().own() ? credited(claim, report) : claim).toList();
    }

    private static AlignedClaim credited(AlignedClaim own, List<AlignedClaim> report) {
        Interval value = own.claim().value();
        return report.stream()
                .filter(other -> !other.source().own() && other.measure() == own.measure()
                        && other.thing().equals(own.thing()) && Figures.sameStatedFigure(value, other.claim().value()))
                .findFirst()
                .map(credit -> own.withSource(new Source(credit.source().key(), credit.source().name(),
                        credit.source().speaker(), false, "“" + own.claim().asWritten() + "”, given by the report as "
                        + "its own, restates the figure it credits to " + credit.source().cited() + " (“"
                        + credit.claim().asWritten() + "”)")))
                .orElse(own);
    }
}
