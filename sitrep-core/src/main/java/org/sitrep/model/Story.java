package org.sitrep.model;

import java.time.LocalDate;
import java.util.List;

/** Documents about the same unfolding story. Dates are null where no member document is dated. */
public record Story(String id, List<String> members, String label, LocalDate from, LocalDate to, List<String> places) {
    public Story {
        members = List.copyOf(members);
        places = List.copyOf(places);
    }
}
