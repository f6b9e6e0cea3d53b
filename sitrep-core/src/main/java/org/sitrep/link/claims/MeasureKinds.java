package org.sitrep.link.claims;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sitrep.extract.claim.Measure;

/**
 * How the figures of each measure are compared.
 *
 * <p>An <em>event</em> measure counts things that happen (deaths, flights, strikes): a figure dated by its own
 * sentence ("on Friday, clashes cost 120 lives") counts what happened then, while an undated one ("more than
 * 260,000 people have died in Syria's conflict") is a running total as of the report. A <em>stock</em> measure
 * counts a state at a moment (refugees hosted, people stranded), dated by its sentence, else by the report.
 *
 * <p>Cumulative figures only grow, so they are compared along time: running totals of event measures, and the
 * two stocks that in a crisis are reported as growing totals, displaced and refugees hosted (returns are rarely
 * reported under the same measure within the days or weeks a dossier covers; when they are, a fall shows up as a
 * conflict, which is the honest reading). Stranded, in camps, besieged, affected and population go up and down,
 * so only figures for the same period are compared.
 *
 * <p>Distances (between varying pairs of places), money (currencies) and figures of no known measure are not
 * compared at all: nothing says two of them measure the same thing.
 */
final class MeasureKinds {

    private static final Set<Measure> EVENTS = Set.of(Measure.KILLED, Measure.WOUNDED, Measure.MISSING, Measure.CASES,
            Measure.FLED, Measure.EVACUATED, Measure.RESCUED, Measure.ARRESTED, Measure.STRIKES, Measure.BUILDINGS);
    private static final Set<Measure> GROWING_STOCKS = Set.of(Measure.DISPLACED, Measure.REFUGEES_HOSTED);
    private static final Set<Measure> NOT_COMPARED = Set.of(Measure.DISTANCE, Measure.MONEY, Measure.OTHER);
    /** Measures whose figures count people, so a figure with no counted noun ("tens of thousands fled") counts people. */
    private static final Set<Measure> OF_PEOPLE = Set.of(Measure.KILLED, Measure.WOUNDED, Measure.MISSING,
            Measure.DISPLACED, Measure.FLED, Measure.STRANDED, Measure.REFUGEES_HOSTED, Measure.IN_CAMPS,
            Measure.BESIEGED, Measure.AFFECTED, Measure.EVACUATED, Measure.RESCUED, Measure.ARRESTED,
            Measure.POPULATION);

    private MeasureKinds() {}

    /** The measure of a claim when its figures can be compared; empty for distances, money, others and unknown labels. */
    static Optional<Measure> comparable(String label) {
        if (label == null || label.isBlank()) {
            return Optional.empty();
        }
        try {
            Measure measure = Measure.ofLabel(label.strip().toLowerCase(Locale.ROOT));
            return NOT_COMPARED.contains(measure) ? Optional.empty() : Optional.of(measure);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static boolean isEvent(Measure measure) {
        return EVENTS.contains(measure);
    }

    static boolean growingStock(Measure measure) {
        return GROWING_STOCKS.contains(measure);
    }

    static boolean countsPeople(Measure measure) {
        return OF_PEOPLE.contains(measure);
    }
}
