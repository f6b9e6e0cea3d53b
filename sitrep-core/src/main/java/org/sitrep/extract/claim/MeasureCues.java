package org.sitrep.extract.claim;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The cue table of {@code measure-cues.tsv}: which words around a figure signal which {@link Measure}. */
final class MeasureCues {

    enum Role { OBJECT, VERB, NOUN, NOUN_AFTER, WORD }

    record Cue(Measure measure, Role role, Set<String> lemmas, Set<String> requires, Set<String> unless) {

        /** Whether the token is this cue's word in the role it plays. */
        boolean matches(Token token) {
            if (!lemmas.contains(token.base()) && !lemmas.contains(token.lower())) {
                return false;
            }
            return switch (role) {
                case VERB -> token.tag().isEmpty() || token.isVerb() || token.isAdjective();
                case NOUN, NOUN_AFTER -> token.tag().isEmpty() || token.isNoun();
                case OBJECT, WORD -> true;
            };
        }
    }

    private static final List<Cue> CUES = load();

    private MeasureCues() {}

    static List<Cue> all() {
        return CUES;
    }

    private static List<Cue> load() {
        String name = "measure-cues.tsv";
        try (InputStream in = MeasureCues.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " beside " + MeasureCues.class.getName());
            }
            List<Cue> cues = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                if (columns.length != 5) {
                    throw new IllegalStateException(name + " line " + number + ": expected 5 tab-separated columns");
                }
                cues.add(new Cue(Measure.ofLabel(columns[0].trim()), Role.valueOf(columns[1].trim().toUpperCase(java.util.Locale.ROOT)),
                        set(columns[2]), set(columns[3]), set(columns[4])));
            }
            return List.copyOf(cues);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> set(String column) {
        return column.trim().equals("-") ? Set.of()
                : Arrays.stream(column.split(",")).map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }
}
