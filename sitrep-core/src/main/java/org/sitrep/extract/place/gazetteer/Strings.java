package org.sitrep.extract.place.gazetteer;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Many strings in one UTF-8 byte array with their start offsets: read back with two bulk copies, so loading a
 * million names costs milliseconds and no per-string objects until one is asked for.
 */
final class Strings {

    private final byte[] bytes;
    private final int[] offsets;

    private Strings(byte[] bytes, int[] offsets) {
        this.bytes = bytes;
        this.offsets = offsets;
    }

    static Strings of(List<String> strings) {
        int[] offsets = new int[strings.size() + 1];
        byte[][] encoded = new byte[strings.size()][];
        int total = 0;
        for (int i = 0; i < strings.size(); i++) {
            encoded[i] = strings.get(i).getBytes(StandardCharsets.UTF_8);
            offsets[i] = total;
            total += encoded[i].length;
        }
        offsets[strings.size()] = total;
        byte[] bytes = new byte[total];
        for (int i = 0; i < encoded.length; i++) {
            System.arraycopy(encoded[i], 0, bytes, offsets[i], encoded[i].length);
        }
        return new Strings(bytes, offsets);
    }

    int size() {
        return offsets.length - 1;
    }

    String get(int i) {
        return new String(bytes, offsets[i], offsets[i + 1] - offsets[i], StandardCharsets.UTF_8);
    }

    /** Compares string {@code i} with {@code key} byte by byte (UTF-8 order). */
    int compare(int i, byte[] key) {
        return Arrays.compareUnsigned(bytes, offsets[i], offsets[i + 1], key, 0, key.length);
    }

    void write(DataOutputStream out) throws IOException {
        Columns.writeInts(out, offsets);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static Strings read(ByteBuffer in) {
        int[] offsets = Columns.readInts(in);
        byte[] bytes = new byte[in.getInt()];
        in.get(bytes);
        return new Strings(bytes, offsets);
    }
}
