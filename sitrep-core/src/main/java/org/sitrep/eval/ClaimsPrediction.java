package org.sitrep.eval;

import java.util.List;
import org.sitrep.model.Claim;
import org.sitrep.model.Document;
import org.sitrep.model.Interval;
import org.sitrep.model.RemovedSpan;
import org.sitrep.model.Speaker;

/**
 * Turns a predicted {@link Claim} into the figure the evaluation compares. Claim spans point into the clean text;
 * gold offsets point into the raw article text, so the span is moved back over the clean stage's cuts.
 */
public final class ClaimsPrediction {

    private ClaimsPrediction() {}

    public static ClaimsFigure of(Claim claim, Document document) {
        int begin = 0;
        int end = 0;
        String text = claim.asWritten();
        if (claim.span() != null) {
            begin = rawOffset(document.removed(), claim.span().begin(), false);
            end = rawOffset(document.removed(), claim.span().end(), true);
            text = document.rawText().substring(begin, end);
        }
        Interval value = asAnnotated(claim);
        String source = claim.attribution() == null || claim.attribution().source() == null
                ? "" : asWritten(claim.attribution().source());
        return new ClaimsFigure(begin, end, text,
                value == null ? null : value.low(), value != null && value.lowClosed(),
                value == null ? null : value.high(), value != null && value.highClosed(),
                value != null && "VAGUE".equals(value.precision()),
                qualifier(claim), claim.measure(), source);
    }

    /**
     * The qualifier as the guidelines record it (§4): a range's "between" is part of the range's syntax, not a
     * qualifier ("between 5 and 10" has qualifier ""), where sitrep keeps it.
     */
    static String qualifier(Claim claim) {
        return claim.qualifier().equals("between") ? "" : claim.qualifier();
    }

    /**
     * The source as the guidelines record it (§6): named as the text names it ("The USAID has said", "the monitor
     * said"), where sitrep gives the entity's fullest name ("U.S. Agency for International Development"); a pronoun
     * or another one-word reference ("he said") stands for the name it was resolved to. An acronym is a name as
     * written ("CSU predicts").
     */
    static String asWritten(Speaker speaker) {
        String written = speaker.span() == null ? "" : speaker.span().text().strip();
        boolean names = written.contains(" ") || written.length() >= 2 && written.chars().allMatch(Character::isUpperCase);
        return names ? written : speaker.name() == null ? "" : speaker.name();
    }

    /**
     * The claim's value in the annotation guidelines' terms (docs/claims-annotation-guidelines.md §3), which record
     * figures as written: sitrep's tolerance band for an approximate figure ("about 2.5 million" → ±10%, "almost
     * five" → [4.5, 5)) goes back to the figure written, and a share of a whole ("half", unit "share", in [0, 1]) is
     * recorded in percent, as the guidelines do; a share with a lower bound only ("more than half") is open above,
     * as the guidelines write it, where sitrep closes it at the whole.
     */
    static Interval asAnnotated(Claim claim) {
        Interval value = claim.value();
        if (value == null) {
            return null;
        }
        if ("APPROXIMATE".equals(value.precision()) && value.low() != null && value.high() != null) {
            double written = value.highClosed() ? (value.low() + value.high()) / 2 : value.high();
            value = new Interval(written, true, written, true, value.precision());
        }
        if ("VAGUE".equals(value.precision()) && claim.qualifier().startsWith("several ") && value.low() != null) {
            // sitrep reads "several thousand" as [3000, 10000); the guidelines (§3) record it as "thousands", [2000, ∞)
            value = new Interval(value.low() * 2 / 3, true, null, false, value.precision());
        }
        boolean percent = "%".equals(claim.unit());
        double whole = percent ? 100 : 1;
        if ((percent || "share".equals(claim.unit())) && !claim.qualifier().isEmpty() && value.low() != null
                && value.low() > 0 && value.high() != null && value.high() == whole && value.low() < whole) {
            // sitrep closes "more than 50%" at the whole (50, 100]; the guidelines leave a lower bound open: (50, ∞)
            value = new Interval(value.low(), value.lowClosed(), null, false, value.precision());
        }
        if ("share".equals(claim.unit())) {
            value = new Interval(percent(value.low()), value.lowClosed(), percent(value.high()), value.highClosed(),
                    value.precision());
        }
        return value;
    }

    private static Double percent(Double share) {
        return share == null ? null : share * 100;
    }

    /**
     * The raw-text offset of a clean-text offset: every cut standing before it is added back. A cut standing
     * exactly at an end offset lies after the span (ends are exclusive), at a begin offset before it.
     */
    static int rawOffset(List<RemovedSpan> removed, int clean, boolean isEnd) {
        int raw = clean;
        for (RemovedSpan cut : removed) {
            if (cut.cleanOffset() < clean || (!isEnd && cut.cleanOffset() == clean)) {
                raw += cut.end() - cut.begin();
            }
        }
        return raw;
    }
}
