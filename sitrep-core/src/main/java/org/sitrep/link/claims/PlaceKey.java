package org.sitrep.link.claims;

import java.util.Locale;
import org.sitrep.model.PlaceMention;

/**
 * Where a figure applies, as a grouping key: the gazetteer id when the place was resolved, else the name as
 * written (two reports of "Tal Rafaat" that the gazetteer could not place still meet), else unknown.
 *
 * <p>Containment is deliberately not equality: a figure for Aleppo is part of a figure for Syria, not another
 * estimate of it, so places that contain one another are different groups. A figure with no place at all is
 * handled by {@link ClaimGroups}: it joins the one placed group of its measure, thing and period, if there is
 * exactly one.
 *
 * @param key  null when the figure has no place
 * @param name how the place is shown to a reader
 */
record PlaceKey(String key, String name) {

    static final PlaceKey UNKNOWN = new PlaceKey(null, null);

    static PlaceKey of(PlaceMention mention) {
        if (mention == null) {
            return UNKNOWN;
        }
        if (mention.resolved() != null) {
            return new PlaceKey("gazetteer:" + mention.resolved().gazetteerId(), mention.resolved().name());
        }
        String written = mention.span().text().strip();
        return written.isEmpty() ? UNKNOWN : new PlaceKey("name:" + written.toLowerCase(Locale.ROOT), written);
    }

    boolean known() {
        return key != null;
    }
}
