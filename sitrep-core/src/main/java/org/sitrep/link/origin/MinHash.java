package org.sitrep.link.origin;

import java.util.Arrays;
import java.util.Set;

/**
 * MinHash signatures of shingle sets and their locality-sensitive bands (Broder 1997; Leskovec, Rajaraman and
 * Ullman, Mining of Massive Datasets, ch. 3): two paragraphs land in a shared band bucket with high probability when
 * their shingles' Jaccard similarity is high, so near-duplicates are found without comparing all pairs. With 16
 * bands of 4 rows the chance of becoming candidates is 1 - (1 - J^4)^16: 0.96 at J = 0.6, 0.64 at J = 0.4,
 * 0.04 at J = 0.2; candidates are then confirmed on the signatures' estimate of J.
 */
final class MinHash {

    static final int BANDS = 16;
    static final int ROWS = 4;
    static final int SIZE = BANDS * ROWS;

    private MinHash() {}

    static long[] signature(Set<Long> shingles) {
        long[] signature = new long[SIZE];
        Arrays.fill(signature, Long.MAX_VALUE);
        for (long shingle : shingles) {
            for (int i = 0; i < SIZE; i++) {
                long h = mix(shingle + 0x9e3779b97f4a7c15L * (i + 1));
                if (h < signature[i]) {
                    signature[i] = h;
                }
            }
        }
        return signature;
    }

    /** The key of band {@code band}: its index and its rows' values, so equal rows in different bands never meet. */
    static long bandKey(long[] signature, int band) {
        long key = band;
        for (int row = band * ROWS; row < (band + 1) * ROWS; row++) {
            key = mix(key * 31 + signature[row]);
        }
        return key;
    }

    /** The share of equal positions: an unbiased estimate of the shingle sets' Jaccard similarity. */
    static double similarity(long[] a, long[] b) {
        int equal = 0;
        for (int i = 0; i < SIZE; i++) {
            if (a[i] == b[i]) {
                equal++;
            }
        }
        return equal / (double) SIZE;
    }

    /** SplitMix64's finaliser: a good 64-bit mixing function, one per seed gives the independent hash functions. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
