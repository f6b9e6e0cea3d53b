package org.sitrep.serve;

import java.util.List;

/**
 * One page of a list: {@code items} from {@code offset}, at most {@code limit} of them, out of {@code total}.
 * Every list the API returns is paged this way.
 */
record Page<T>(long total, int offset, int limit, List<T> items) {

    static <T> Page<T> of(List<T> all, Paging paging) {
        int from = (int) Math.min(paging.offset(), all.size());
        int to = (int) Math.min((long) from + paging.limit(), all.size());
        return new Page<>(all.size(), paging.offset(), paging.limit(), List.copyOf(all.subList(from, to)));
    }
}
