package org.sitrep.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads attributions from a brat standoff {@code .ann} file as PolNeAR writes them: text-bound annotations
 * {@code T1	Source 201 220	O’Malley’s campaign} (fragments joined by {@code ;} when discontinuous) and events
 * {@code E1	Attribution:T4 Content:T3 Cue:T2 Source:T1} (or {@code Attribution-no-source:…}) that join them.
 * Other lines (relations, notes, the continuation lines of annotated text that holds a newline) are skipped.
 */
public final class BratAttributions {

    private BratAttributions() {}

    /** One annotated span, possibly in several fragments. */
    public record Fragments(List<int[]> parts) {
        public int begin() {
            return parts.get(0)[0];
        }

        public int end() {
            return parts.get(parts.size() - 1)[1];
        }

        public static Fragments of(int begin, int end) {
            return new Fragments(List.<int[]>of(new int[] {begin, end}));
        }
    }

    /** One attribution: source is null for an attribution without a source, content null when none was marked. */
    public record Gold(Fragments source, Fragments cue, Fragments content) {}

    public static List<Gold> parse(String ann) {
        Map<String, Fragments> spans = new HashMap<>();
        List<String[]> events = new ArrayList<>();
        for (String line : ann.split("\n")) {
            String[] fields = line.split("\t");
            if (fields.length < 2) {
                continue;
            }
            if (fields[0].matches("T\\d+")) {
                fragments(fields[1]).ifPresent(f -> spans.put(fields[0], f));
            } else if (fields[0].matches("E\\d+")) {
                events.add(fields[1].trim().split("\\s+"));
            }
        }
        List<Gold> gold = new ArrayList<>();
        for (String[] event : events) {
            Fragments source = null;
            Fragments cue = null;
            List<int[]> content = new ArrayList<>();
            for (String argument : event) {
                int colon = argument.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String role = argument.substring(0, colon);
                Fragments span = spans.get(argument.substring(colon + 1));
                if (span == null) {
                    continue;
                }
                if (role.equals("Source")) {
                    source = span;
                } else if (role.equals("Cue")) {
                    cue = span;
                } else if (role.startsWith("Content")) {
                    content.addAll(span.parts()); // Content, Content2: one content in several pieces
                }
            }
            content.sort(java.util.Comparator.comparingInt(p -> p[0]));
            gold.add(new Gold(source, cue, content.isEmpty() ? null : new Fragments(List.copyOf(content))));
        }
        return gold;
    }

    private static java.util.Optional<Fragments> fragments(String typeAndOffsets) {
        String[] typeRest = typeAndOffsets.split(" ", 2);
        if (typeRest.length < 2 || !typeRest[1].matches("\\d+ \\d+(;\\d+ \\d+)*")) {
            return java.util.Optional.empty();
        }
        List<int[]> parts = new ArrayList<>();
        for (String part : typeRest[1].split(";")) {
            String[] be = part.split(" ");
            parts.add(new int[] {Integer.parseInt(be[0]), Integer.parseInt(be[1])});
        }
        return java.util.Optional.of(new Fragments(List.copyOf(parts)));
    }
}
