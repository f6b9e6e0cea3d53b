package org.sitrep.model;

import java.util.List;

/** One role of a credit line, e.g. "editing by Peter Graff and Pravin Char" → role "editing". */
public record Credit(String role, List<String> names, String asWritten) {
    public Credit {
        names = List.copyOf(names);
    }
}
