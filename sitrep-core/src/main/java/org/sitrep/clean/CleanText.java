package org.sitrep.clean;

import java.util.List;

/** The raw text with the cuts taken out, and for each kept character its offset in the raw text. */
record CleanText(String text, int[] rawOffsets) {

    static CleanText build(String raw, List<ArticleDraft.Cut> cuts) {
        StringBuilder kept = new StringBuilder(raw.length());
        int[] offsets = new int[raw.length()];
        int position = 0;
        for (ArticleDraft.Cut cut : cuts) {
            for (int i = position; i < cut.begin(); i++) {
                offsets[kept.length()] = i;
                kept.append(raw.charAt(i));
            }
            position = Math.max(position, cut.end());
        }
        for (int i = position; i < raw.length(); i++) {
            offsets[kept.length()] = i;
            kept.append(raw.charAt(i));
        }
        return new CleanText(kept.toString(), java.util.Arrays.copyOf(offsets, kept.length()));
    }
}
