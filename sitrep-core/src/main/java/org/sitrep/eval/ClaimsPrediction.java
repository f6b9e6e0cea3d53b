package org.sitrep.eval;

import java.util.List;
import org.sitrep.model.Claim;
import org.sitrep.model.Document;
import org.sitrep.model.Interval;
import org.sitrep.model.RemovedSpan;

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
        Interval value = claim.value();
        String source = claim.attribution() == null || claim.attribution().source() == null
                ? "" : claim.attribution().source().name();
        return new ClaimsFigure(begin, end, text,
                value == null ? null : value.low(), value != null && value.lowClosed(),
                value == null ? null : value.high(), value != null && value.highClosed(),
                value != null && "VAGUE".equals(value.precision()),
                claim.qualifier(), claim.measure(), source);
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
