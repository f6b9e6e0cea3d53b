package org.sitrep.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signs in the kept text that a report is based on a wire agency's copy: "told AFP", "(Reuters) -",
 * "an AFP correspondent", "AP reported", and AFP's crossheads ("– 'Rebels on the retreat' –").
 */
public final class WireSignals implements CleaningRule {

    private static final String AGENCY = "(?<agency>" + WireAgencies.ALTERNATION + ")";
    private static final Pattern[] SIGNALS = {
            Pattern.compile("\\(" + AGENCY + "\\)\\s*[-–—]"),
            Pattern.compile("\\btold " + AGENCY + "\\b"),
            Pattern.compile("\\b(?:an?|the) " + AGENCY
                    + " (?:correspondent|reporter|photographer|journalist|witness|tally|count|tally)\\b"),
            Pattern.compile("\\b" + AGENCY + " (?:reported|reports|has learned|learned|understands)\\b"),
            Pattern.compile("\\b(?:according to|seen by|obtained by|reviewed by) " + AGENCY + "\\b"),
            Pattern.compile("\\b(?:to|with) " + AGENCY + " (?:news agency|on condition)\\b"),
    };
    /** AFP marks sections with a quoted heading between dashes on a line of its own. */
    private static final Pattern AFP_CROSSHEAD = Pattern.compile("^[-–—]\\s*[‘'\"“].{2,80}[’'\"”]\\s*[-–—]$");

    @Override
    public void apply(ArticleDraft draft) {
        for (Line line : draft.textLines()) {
            for (Pattern signal : SIGNALS) {
                Matcher found = signal.matcher(line.text());
                while (found.find()) {
                    if (!draft.isCut(line.begin() + found.start(), line.begin() + found.end())) {
                        draft.addWireSignal(WireAgencies.canonical(found.group("agency")), "\"" + found.group() + "\"");
                    }
                }
            }
            if (AFP_CROSSHEAD.matcher(line.trimmed()).matches()) {
                draft.addWireSignal("AFP", "crosshead \"" + line.trimmed() + "\"");
            }
        }
    }
}
