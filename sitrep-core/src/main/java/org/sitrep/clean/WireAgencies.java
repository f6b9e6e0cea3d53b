package org.sitrep.clean;

import java.util.Map;

/** The news agencies whose copy outlets rewrite, by the names they sign with. */
final class WireAgencies {

    /** Signature as written → canonical agency name. */
    static final Map<String, String> SIGNATURES = Map.ofEntries(
            Map.entry("Reuters", "Reuters"),
            Map.entry("AFP", "AFP"),
            Map.entry("Agence France-Presse", "AFP"),
            Map.entry("AP", "AP"),
            Map.entry("Associated Press", "AP"),
            Map.entry("The Associated Press", "AP"),
            Map.entry("dpa", "dpa"),
            Map.entry("DPA", "dpa"),
            Map.entry("Xinhua", "Xinhua"),
            Map.entry("Anadolu", "Anadolu"),
            Map.entry("Anadolu Agency", "Anadolu"),
            Map.entry("UPI", "UPI"),
            Map.entry("ANSA", "ANSA"),
            Map.entry("EFE", "EFE"),
            Map.entry("IANS", "IANS"),
            Map.entry("PTI", "PTI"),
            Map.entry("Bernama", "Bernama"),
            Map.entry("Kyodo", "Kyodo"),
            Map.entry("Yonhap", "Yonhap"),
            Map.entry("TASS", "TASS"),
            Map.entry("Interfax", "Interfax"));

    /** A regex alternation of every signature, longest first so "The Associated Press" beats "AP". */
    static final String ALTERNATION = String.join("|", SIGNATURES.keySet().stream()
            .sorted((a, b) -> b.length() - a.length())
            .map(java.util.regex.Pattern::quote)
            .toList());

    private WireAgencies() {}

    static String canonical(String signature) {
        return SIGNATURES.getOrDefault(signature, signature);
    }
}
