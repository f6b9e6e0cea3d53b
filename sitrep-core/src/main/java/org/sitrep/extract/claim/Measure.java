package org.sitrep.extract.claim;

import java.util.Locale;

/**
 * What a figure measures: the taxonomy of {@link org.sitrep.model.Claim#measure()}. The words that signal
 * each are listed in {@code measure-cues.tsv} beside this class; patterns that need word order
 * ("home to N") are in {@link MeasureClassifier}.
 */
public enum Measure {
    /** people killed, dead, died; "cost 120 lives" */
    KILLED,
    /** people wounded or injured */
    WOUNDED,
    /** people missing, disappeared, abducted */
    MISSING,
    /** disease cases and infections */
    CASES,
    /** people displaced, driven from their homes, made homeless */
    DISPLACED,
    /** people who fled or are on the move: "have fled", "heading to", "joined an exodus" */
    FLED,
    /** people stranded, trapped, or gathered and waiting at a border */
    STRANDED,
    /** refugees a country or place hosts or shelters */
    REFUGEES_HOSTED,
    /** people in camps */
    IN_CAMPS,
    /** people besieged or under blockade */
    BESIEGED,
    /** people affected or in need of aid */
    AFFECTED,
    /** people evacuated */
    EVACUATED,
    /** people rescued */
    RESCUED,
    /** people arrested or detained */
    ARRESTED,
    /** air strikes, raids, shells, rockets, attacks */
    STRIKES,
    /** houses and buildings destroyed or damaged */
    BUILDINGS,
    /** a distance, with its unit */
    DISTANCE,
    /** how many people live in a place */
    POPULATION,
    /** an amount of money, with its currency */
    MONEY,
    /** a figure none of the above fits */
    OTHER;

    /** The name as it appears in a claim: "refugees_hosted". */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Measure ofLabel(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
