package org.sitrep.model;

/** Coarse entity types, as CoreNLP's coarse NER gives them plus the kinds analysts ask for. */
public enum EntityType {
    PERSON,
    ORGANIZATION,
    LOCATION,
    GPE,
    FACILITY,
    GROUP,
    MISC;
}
