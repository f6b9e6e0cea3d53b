package org.sitrep.clean;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Credit;
import org.sitrep.model.RemovedSpan;

/**
 * The clean stage: runs the cleaning rules over a raw text, in the order below, and returns the clean
 * text with every cut kept as a removed span and the metadata lifted out of the text. This list is the
 * one place a rule is registered.
 */
public final class Cleaner {

    private final List<CleaningRule> rules = List.of(
            new WidgetLines(),
            new PromotionLines(),
            new ContactLines(),
            new CreditLines(),
            new Byline(),
            new TitleLine(),
            new Dateline(),
            new GluedCaption(),
            new WireSignals(),
            new BlankSpace());

    /** What cleaning found: the text to analyse, what was cut, and metadata found in the text. */
    public record Result(
            String cleanText,
            List<RemovedSpan> removed,
            String title,
            String byline,
            String dateline,
            List<Credit> credits,
            String wireAgency,
            List<String> wireSignals) {}

    public Result clean(String raw, String knownTitle) {
        ArticleDraft draft = new ArticleDraft(raw, knownTitle);
        rules.forEach(rule -> rule.apply(draft));
        List<ArticleDraft.Cut> cuts = draft.cuts();
        CleanText clean = CleanText.build(raw, cuts);
        List<RemovedSpan> removed = new ArrayList<>();
        int keptBefore = 0;
        int position = 0;
        for (ArticleDraft.Cut cut : cuts) {
            keptBefore += cut.begin() - position;
            position = cut.end();
            removed.add(new RemovedSpan(cut.begin(), cut.end(), keptBefore, raw.substring(cut.begin(), cut.end()),
                    cut.reason()));
        }
        return new Result(clean.text(), removed, draft.title(), draft.byline(), draft.dateline(), draft.credits(),
                agency(draft.wireSignals()), draft.wireSignals());
    }

    /** The agency with the most signals; none when two agencies tie. */
    static String agency(List<String> signals) {
        Map<String, Integer> votes = new LinkedHashMap<>();
        for (String signal : signals) {
            votes.merge(signal.substring(0, signal.indexOf(':')), 1, Integer::sum);
        }
        int best = votes.values().stream().max(Integer::compare).orElse(0);
        List<String> leaders = votes.entrySet().stream().filter(e -> e.getValue() == best).map(Map.Entry::getKey).toList();
        return leaders.size() == 1 ? leaders.get(0) : null;
    }
}
