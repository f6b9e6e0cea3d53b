package org.sitrep.extract.place.gazetteer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * sitrep's own additions: places news names that cities500 lacks (border crossings, camps, villages under 500
 * people), one a line, tab-separated: id, name, other names (|-separated), latitude, longitude, GeoNames feature
 * ("S.PSTB"), country, admin1 code, population, source. Every row cites the public source of its coordinates;
 * a row without one is refused, so no coordinate is ever made up.
 */
final class Supplement {

    private Supplement() {}

    static List<Draft> read(Path file) throws IOException {
        List<Draft> drafts = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return drafts;
        }
        for (String[] f : SourcedRows.read(file, 10)) {
            Draft draft = new Draft(f[0], f[1], f[5], f[6], f[7], Double.parseDouble(f[3]), Double.parseDouble(f[4]),
                    f[8].isBlank() ? 0 : Long.parseLong(f[8]));
            for (String other : f[2].split("\\|")) {
                draft.named(other, NameKind.ALTERNATE);
            }
            drafts.add(draft);
        }
        return drafts;
    }
}
