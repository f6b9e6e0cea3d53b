package org.sitrep.extract.place.gazetteer;

/** How a name belongs to a gazetteer entry: it tells the resolver how much a match on it says. */
public enum NameKind {
    /** The entry's own name (GeoNames name or ASCII name, the English name of a country or division). */
    PREFERRED,
    /** One of GeoNames' alternate names, or another accepted name (an abbreviation like "U.S."). */
    ALTERNATE,
    /** The adjective or demonym ("Syrian", "Turkish"), which names the place only in some readings. */
    ADJECTIVE
}
