package org.sitrep.extract.place.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * GeoNames' cities500.txt (tab-separated, one populated place a line, as in the GeoNames dump readme): id, name,
 * ASCII name, alternate names (comma-separated), latitude, longitude, feature class and code, country code, cc2,
 * admin1..admin4 codes, population, elevation, dem, time zone, modification date.
 */
final class GeoNamesCities {

    /** IATA/ICAO codes among the alternate names ("ALP" for Aleppo) would turn capitalised acronyms into places. */
    private static final Pattern CODE = Pattern.compile("[A-Z0-9]{2,4}");

    private GeoNamesCities() {}

    static List<Draft> read(Path file) throws IOException {
        List<Draft> drafts = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                String[] f = line.split("\t", -1);
                if (f.length < 15) {
                    continue;
                }
                Draft draft = new Draft(f[0], f[1], f[6] + "." + f[7], f[8], f[10], Double.parseDouble(f[4]),
                        Double.parseDouble(f[5]), f[14].isEmpty() ? 0 : Long.parseLong(f[14]));
                draft.named(f[2], NameKind.PREFERRED);
                if (!f[3].isEmpty()) {
                    for (String alternate : f[3].split(",")) {
                        if (PlaceNames.isLatin(alternate) && !CODE.matcher(alternate).matches()) {
                            draft.named(alternate, NameKind.ALTERNATE);
                        }
                    }
                }
                drafts.add(draft);
            }
        }
        return drafts;
    }
}
