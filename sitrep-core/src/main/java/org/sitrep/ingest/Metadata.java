package org.sitrep.ingest;

/**
 * What is known about a document besides its text. Every field may be null. Sources are layered with
 * {@link #orElse}: what the document itself says (HTML meta tags) first, then a sidecar, then CLI flags.
 */
public record Metadata(String published, String outlet, String url, String title, String language) {

    public static final Metadata NONE = new Metadata(null, null, null, null, null);

    /** This metadata, with each missing field taken from {@code fallback}. */
    public Metadata orElse(Metadata fallback) {
        return new Metadata(
                first(published, fallback.published),
                first(outlet, fallback.outlet),
                first(url, fallback.url),
                first(title, fallback.title),
                first(language, fallback.language));
    }

    private static String first(String preferred, String fallback) {
        return preferred != null && !preferred.isBlank() ? preferred : fallback;
    }
}
