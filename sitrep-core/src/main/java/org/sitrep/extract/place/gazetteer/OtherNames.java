package org.sitrep.extract.place.gazetteer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Names news uses that the sources lack, mostly abbreviations ("U.S.", "UK", "Calif."): tab-separated lines of
 * a gazetteer id or a first-level division as {@code ADM1:country.code} ("ADM1:US.CA"), names (|-separated),
 * and why. Names only: coordinates always come from the sources.
 */
final class OtherNames {

    private OtherNames() {}

    private static Draft division(Map<String, Draft> byId, String code) {
        return byId.values().stream().filter(d -> d.featureCode().equals("ADM1")
                && code.equals(d.country + "." + d.admin1)).findFirst().orElse(null);
    }

    static void apply(Path file, Map<String, Draft> byId) throws IOException {
        if (!Files.isRegularFile(file)) {
            return;
        }
        int number = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            Draft draft = f[0].startsWith("ADM1:") ? division(byId, f[0].substring(5)) : byId.get(f[0]);
            if (draft == null) {
                throw new IOException(file + ":" + number + ": no gazetteer entry has id " + f[0]);
            }
            for (String name : f[1].split("\\|")) {
                draft.named(name, NameKind.ALTERNATE);
            }
        }
    }
}
