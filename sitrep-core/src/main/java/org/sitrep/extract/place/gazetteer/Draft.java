package org.sitrep.extract.place.gazetteer;

import java.util.ArrayList;
import java.util.List;

/** A gazetteer entry while the compiler assembles it from its sources. */
final class Draft {

    record Name(String text, NameKind kind) {}

    final String id;
    final String name;
    final String feature; // "P.PPLA"
    final String country;
    final String admin1;
    final double latitude;
    final double longitude;
    final long population;
    final List<Name> names = new ArrayList<>();

    Draft(String id, String name, String feature, String country, String admin1, double latitude, double longitude,
          long population) {
        this.id = id;
        this.name = name;
        this.feature = feature;
        this.country = country;
        this.admin1 = admin1;
        this.latitude = latitude;
        this.longitude = longitude;
        this.population = population;
        names.add(new Name(name, NameKind.PREFERRED));
    }

    Draft named(String text, NameKind kind) {
        if (text != null && !text.isBlank()) {
            names.add(new Name(text, kind));
        }
        return this;
    }

    String featureCode() {
        return feature.substring(2);
    }
}
