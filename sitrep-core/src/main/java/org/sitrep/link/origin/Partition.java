package org.sitrep.link.origin;

/** Items joined into classes (union–find with path halving): which copies, sources or passages are one. */
public final class Partition {

    private final int[] parent;

    public Partition(int size) {
        parent = new int[size];
        for (int i = 0; i < size; i++) {
            parent[i] = i;
        }
    }

    /** The class of {@code item}: the smallest item joined to it. */
    public int root(int item) {
        int i = item;
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** Joins the classes of {@code a} and {@code b}; false when they were one already. */
    public boolean join(int a, int b) {
        int ra = root(a);
        int rb = root(b);
        if (ra == rb) {
            return false;
        }
        parent[Math.max(ra, rb)] = Math.min(ra, rb);
        return true;
    }
}
