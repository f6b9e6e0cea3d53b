package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.testing.Samples;

class PlacesScoreTest {

    @Test
    void anUnresolvedToponymCountsAtTheLargestErrorAndAccuracyIsWithin161Km() {
        PlacesScore s = PlacesScore.of(List.of(0.0, 100.0, 161.0, Double.NaN));
        assertThat(s.accuracy161()).isEqualTo(0.75);
        assertThat(s.medianKm()).isEqualTo(130.5);
        assertThat(s.meanKm()).isCloseTo((0 + 100 + 161 + PlacesScore.MAX_KM) / 4, within(1e-9));
    }

    @Test
    void theAreaUnderTheLogErrorCurveIsZeroForPerfectAndOneForWorst() {
        assertThat(PlacesScore.of(List.of(0.0, 0.0, 0.0)).auc()).isZero();
        assertThat(PlacesScore.of(List.of(Double.NaN, Double.NaN)).auc()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void everyCorpusIsReadWithItsToponymsAtTheirOffsets() throws Exception {
        PlacesGold.Corpora corpora = PlacesGold.read(Samples.shared());
        assertThat(corpora.articles()).hasSize(547);
        assertThat(corpora.articles()).filteredOn(a -> a.corpus().equals("GeoVirus"))
                .allSatisfy(a -> a.toponyms().forEach(t -> assertThat(a.text().substring(t.begin(), t.end()))
                        .isEqualTo(t.name())));
        assertThat(corpora.misplaced()).isLessThan(100);
    }
}
