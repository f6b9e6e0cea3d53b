package org.sitrep.clean;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sitrep.model.Credit;
import org.sitrep.model.RemovalReason;

/**
 * The working state of the clean stage for one article: the raw text, what the rules have cut so far
 * and the metadata they have lifted out of the text. Each {@link CleaningRule} reads it and adds to it.
 */
public final class ArticleDraft {

    /** A stretch of raw text to cut, with the reason. */
    public record Cut(int begin, int end, RemovalReason reason) {}

    private final String raw;
    private final List<Line> lines;
    private final List<Cut> cuts = new ArrayList<>();
    private final List<Credit> credits = new ArrayList<>();
    private final List<String> wireSignals = new ArrayList<>();
    private String title;
    private String byline;
    private String dateline;

    public ArticleDraft(String raw, String knownTitle) {
        this.raw = raw;
        this.lines = splitLines(raw);
        this.title = knownTitle;
    }

    private static List<Line> splitLines(String text) {
        List<Line> result = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline;
            result.add(new Line(start, end, text.substring(start, end)));
            if (newline < 0) {
                break;
            }
            start = newline + 1;
        }
        return result;
    }

    public String raw() {
        return raw;
    }

    /** The lines no rule has cut yet, blank ones included. */
    public List<Line> remainingLines() {
        return lines.stream().filter(line -> !isCut(line.begin(), line.end())).toList();
    }

    /** The remaining lines that hold text. */
    public List<Line> textLines() {
        return remainingLines().stream().filter(line -> !line.isBlank()).toList();
    }

    public boolean isCut(int begin, int end) {
        return cuts.stream().anyMatch(cut -> cut.begin() <= begin && end <= cut.end() && begin < end);
    }

    /** Cuts a whole line, its line break included. */
    public void cutLine(Line line, RemovalReason reason) {
        int end = line.end() < raw.length() ? line.end() + 1 : line.end();
        cut(line.begin(), end, reason);
    }

    public void cut(int begin, int end, RemovalReason reason) {
        if (begin < end) {
            cuts.add(new Cut(begin, end, reason));
        }
    }

    /** The cuts in text order, none overlapping (an overlap keeps the earlier-found cut's reason). */
    public List<Cut> cuts() {
        List<Cut> sorted = new ArrayList<>(cuts);
        sorted.sort(Comparator.comparingInt(Cut::begin).thenComparing(Cut::end, Comparator.reverseOrder()));
        List<Cut> merged = new ArrayList<>();
        for (Cut cut : sorted) {
            Cut last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && cut.begin() < last.end()) {
                if (cut.end() > last.end()) {
                    merged.add(new Cut(last.end(), cut.end(), cut.reason()));
                }
            } else {
                merged.add(cut);
            }
        }
        return merged;
    }

    public String title() {
        return title;
    }

    public void title(String title) {
        this.title = title;
    }

    public String byline() {
        return byline;
    }

    public void byline(String byline) {
        this.byline = byline;
    }

    public String dateline() {
        return dateline;
    }

    public void dateline(String dateline) {
        this.dateline = dateline;
    }

    public List<Credit> credits() {
        return List.copyOf(credits);
    }

    public void addCredit(Credit credit) {
        credits.add(credit);
    }

    public List<String> wireSignals() {
        return List.copyOf(wireSignals);
    }

    /** Records evidence of a wire agency, as "AGENCY: what was seen". */
    public void addWireSignal(String agency, String evidence) {
        wireSignals.add(agency + ": " + evidence);
    }
}
