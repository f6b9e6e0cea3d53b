package org.sitrep.extract.place.gazetteer;

/**
 * A gazetteer entry a name may refer to.
 *
 * @param entry the entry's number in the {@link Gazetteer}
 * @param kind  how the name belongs to it
 * @param fuzzy true when found by {@link Gazetteer#fuzzyCandidates}, not by the name itself
 */
public record Candidate(int entry, NameKind kind, boolean fuzzy) {}
