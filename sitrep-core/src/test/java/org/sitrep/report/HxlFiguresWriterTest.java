package org.sitrep.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Claim;
import org.sitrep.model.Dossier;
import org.sitrep.testing.Samples;

class HxlFiguresWriterTest {

    @Test
    void eachFigureSitsUnderTheHashtagOfItsMeasureWithPlaceDateAndSource() throws Exception {
        Dossier dossier = Samples.dated();
        StringWriter out = new StringWriter();
        new HxlFiguresWriter().write(dossier, out);
        MappingIterator<List<String>> rows = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
                .readerForListOf(String.class).readValues(out.toString());
        List<List<String>> all = rows.readAll();
        List<String> header = all.get(0), tags = all.get(1);
        assertThat(tags).allMatch(tag -> tag.startsWith("#"));
        assertThat(tags).contains("#affected+stranded", "#affected+killed", "#loc+name", "#adm1+code", "#geo+lat",
                "#geo+lon", "#date", "#meta+source", "#org+name+outlet");
        List<Claim> claims = dossier.documents().stream().flatMap(d -> d.claims().stream()).toList();
        assertThat(all).hasSize(2 + claims.size());

        Claim upTo = claims.stream().filter(c -> c.asWritten().startsWith("Up to 20,000")).findFirst().orElseThrow();
        List<String> row = all.get(2 + claims.indexOf(upTo));
        assertThat(row.get(tags.indexOf("#affected+" + upTo.measure()))).isEqualTo("20000");
        assertThat(row.get(header.indexOf("low"))).isEqualTo("0");
        assertThat(row.get(tags.indexOf("#date"))).isEqualTo("2016-02-05");
        assertThat(row.get(tags.indexOf("#description+sentence"))).contains("Up to 20,000 Syrians were stranded");
        // only its own measure's column holds a figure
        long filled = tags.stream().filter(t -> t.startsWith("#affected+") || t.startsWith("#indicator+num+")
                        && !t.endsWith("+min") && !t.endsWith("+max") || t.equals("#population+total"))
                .filter(t -> !row.get(tags.indexOf(t)).isEmpty()).count();
        assertThat(filled).isEqualTo(1);
        for (List<String> figure : all.subList(2, all.size())) {
            String lat = figure.get(tags.indexOf("#geo+lat"));
            assertThat(lat.isEmpty() || Math.abs(Double.parseDouble(lat)) <= 90).isTrue();
        }
    }

    @Test
    void hxlHasItsOwnAttributesForWoundedAndCases() {
        assertThat(HxlFiguresWriter.hashtag("wounded")).isEqualTo("#affected+injured");
        assertThat(HxlFiguresWriter.hashtag("cases")).isEqualTo("#affected+infected");
        assertThat(HxlFiguresWriter.hashtag("strikes")).isEqualTo("#indicator+num+strikes");
    }
}
