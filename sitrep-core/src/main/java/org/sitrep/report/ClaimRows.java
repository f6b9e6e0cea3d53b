package org.sitrep.report;

import java.util.List;
import org.sitrep.model.Claim;
import org.sitrep.model.DocumentAnalysis;
import org.sitrep.model.Dossier;

/** The figures table every format shows: one row per claim, with who claims it and where it stands. */
public final class ClaimRows {

    public record Row(DocumentAnalysis from, Claim claim) {
        public String interval() {
            return Intervals.format(claim.value());
        }

        public String claimedBy() {
            var attribution = claim.attribution();
            if (attribution != null && attribution.source() != null && attribution.source().name() != null) {
                return attribution.source().name();
            }
            String outlet = outlet();
            return outlet.isEmpty() ? "(unattributed)" : outlet + " (unattributed)";
        }

        public String outlet() {
            var doc = from.document();
            String outlet = doc.outlet() != null ? doc.outlet() : "";
            String wire = doc.wireAgency() != null ? doc.wireAgency() : "";
            if (outlet.isEmpty()) {
                return wire;
            }
            return wire.isEmpty() || wire.equals(outlet) ? outlet : outlet + " via " + wire;
        }

        /** The place as written, and where the gazetteer put it when it did: "Azaz city (I‘zāz, SY)". */
        public String place() {
            return PlaceText.shown(claim.place());
        }

        public String time() {
            if (claim.time() == null) {
                return "";
            }
            return claim.time().onCalendar() ? claim.time().normalized() + " (" + claim.time().text() + ")"
                    : claim.time().shown();
        }

        public String sentence() {
            return Sentences.around(from.document().cleanText(), claim.span());
        }

        static String orEmpty(String value) {
            return value == null ? "" : value;
        }
    }

    private ClaimRows() {}

    public static List<Row> of(Dossier dossier) {
        return dossier.documents().stream()
                .flatMap(doc -> doc.claims().stream().map(claim -> new Row(doc, claim)))
                .toList();
    }
}
