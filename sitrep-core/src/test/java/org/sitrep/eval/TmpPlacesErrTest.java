package org.sitrep.eval;

import java.nio.file.Path;
import java.util.*;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.place.*;
import org.sitrep.extract.place.gazetteer.Gazetteer;

class TmpPlacesErrTest {
    @Test
    void dump() throws Exception {
        PlacesGold.Corpora corpora = PlacesGold.read(Path.of("../../shared"));
        PlaceResolver resolver = new PlaceResolver(Gazetteer.standard());
        Gazetteer g = resolver.gazetteer();
        StringBuilder b = new StringBuilder();
        Map<String,Integer> cls = new TreeMap<>();
        for (var a : corpora.articles()) {
            if (!a.split().equals("dev")) continue;
            List<Toponym> ts = a.toponyms().stream().map(t -> Toponym.gold(t.begin(), t.end(), t.name())).toList();
            List<Resolution> rs = resolver.resolve(ts);
            for (int i = 0; i < ts.size(); i++) {
                var gold = a.toponyms().get(i);
                double e = PlacesEvaluation.error(g, rs.get(i), gold);
                if (!(e > 161) && !Double.isNaN(e)) continue;
                String pred = rs.get(i).isResolved() ? g.name(rs.get(i).resolved()) + "/" + g.country(rs.get(i).resolved()) + "/" + g.featureCode(rs.get(i).resolved()) + "/" + g.population(rs.get(i).resolved()) + " id=" + g.id(rs.get(i).resolved()) : "UNRESOLVED";
                String key = Double.isNaN(e) ? "unresolved" : (gold.geonamesId().isEmpty() ? "wrong-noid" : (rs.get(i).isResolved() && g.id(rs.get(i).resolved()).equals(gold.geonamesId()) ? "sameid-far" : "wrong-id"));
                cls.merge(a.corpus() + " " + key, 1, Integer::sum);
                b.append(String.format(Locale.ROOT, "%s %s | %s | gold %.2f,%.2f id=%s | pred %s | %.0f km%n", a.corpus(), key, gold.name(), gold.latitude(), gold.longitude(), gold.geonamesId(), pred, e));
            }
        }
        b.append(cls).append('\n');
        java.nio.file.Files.writeString(Path.of("/tmp/places-err.txt"), b.toString());
    }
}
