package org.sitrep.clean;

/** One line of the raw text: offsets into the raw text (end before the line break) and its text. */
public record Line(int begin, int end, String text) {

    public String trimmed() {
        return text.strip();
    }

    public int wordCount() {
        String t = trimmed();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    public boolean isBlank() {
        return text.isBlank();
    }
}
