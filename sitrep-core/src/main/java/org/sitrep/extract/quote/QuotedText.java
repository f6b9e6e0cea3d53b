package org.sitrep.extract.quote;

/**
 * Text between quote marks.
 *
 * @param outerBegin where the opening mark is
 * @param outerEnd   just after the closing mark, or the paragraph end when a quote runs on into the next paragraph
 * @param begin      the first character inside the marks
 * @param end        just after the last character inside the marks
 */
record QuotedText(int outerBegin, int outerEnd, int begin, int end) {

    boolean contains(int offset) {
        return outerBegin <= offset && offset < outerEnd;
    }

    boolean overlaps(int from, int to) {
        return outerBegin < to && from < outerEnd;
    }
}
