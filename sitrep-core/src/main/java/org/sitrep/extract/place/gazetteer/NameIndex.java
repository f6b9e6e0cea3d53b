package org.sitrep.extract.place.gazetteer;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Folded names, sorted, each with the entries that bear it: a binary search finds a name in about 20 string
 * comparisons. Postings are numbers whose meaning
 * the owner decides: for names, {@code entry << 2 | kind} (a {@link NameKind} ordinal); for skeletons, name positions.
 */
final class NameIndex {

    private static final int[] NONE = new int[0];

    private final Strings keys;
    private final int[] starts;
    private final int[] postings;

    private NameIndex(Strings keys, int[] starts, int[] postings) {
        this.keys = keys;
        this.starts = starts;
        this.postings = postings;
    }

    /** @param byKey folded name to postings; names sort in UTF-8 byte order, the same as String order for ASCII */
    static NameIndex of(TreeMap<String, List<Integer>> byKey) {
        List<String> names = new ArrayList<>(byKey.size());
        int[] starts = new int[byKey.size() + 1];
        List<Integer> all = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, List<Integer>> entry : byKey.entrySet()) {
            names.add(entry.getKey());
            starts[i++] = all.size();
            entry.getValue().stream().distinct().forEach(all::add);
        }
        starts[i] = all.size();
        return new NameIndex(Strings.of(names), starts, all.stream().mapToInt(Integer::intValue).toArray());
    }

    int size() {
        return keys.size();
    }

    /** The postings of one folded name; empty when no entry bears it. */
    int[] postings(String key) {
        byte[] wanted = key.getBytes(StandardCharsets.UTF_8);
        int low = 0;
        int high = keys.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int c = keys.compare(mid, wanted);
            if (c < 0) {
                low = mid + 1;
            } else if (c > 0) {
                high = mid - 1;
            } else {
                return postingsAt(mid);
            }
        }
        return NONE;
    }

    /** The folded name at position {@code i} of the sorted index. */
    String key(int i) {
        return keys.get(i);
    }

    /** The postings of the name at position {@code i}. */
    int[] postingsAt(int i) {
        int[] found = new int[starts[i + 1] - starts[i]];
        System.arraycopy(postings, starts[i], found, 0, found.length);
        return found;
    }

    void write(DataOutputStream out) throws IOException {
        keys.write(out);
        Columns.writeInts(out, starts);
        Columns.writeInts(out, postings);
    }

    static NameIndex read(ByteBuffer in) {
        return new NameIndex(Strings.read(in), Columns.readInts(in), Columns.readInts(in));
    }
}
