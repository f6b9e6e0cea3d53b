package org.sitrep.extract.event;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.sitrep.model.TimeRef;

/**
 * When an event happened: the date or time expression of the trigger's phrase, else of its clause
 * ({@link TriggerScope}: never the date of the speech verb the event is reported under), nearest first; never a
 * duration, a recurring time or a vague reference ("now", "recently"). A date the time extractor could not anchor
 * is kept as written (its precision is then 0: {@link Precisions}).
 */
final class EventTime {

    private static final Set<String> TYPES = Set.of("DATE", "TIME");

    private EventTime() {}

    static TimeRef of(EventSentence sentence, TriggerScope scope, IndexedWord trigger) {
        record Scored(TimeRef time, int tier, int distance) {}
        return sentence.times().stream()
                .filter(time -> TYPES.contains(time.type()) && time.normalized() != null
                        && time.normalized().matches("[0-9X]{4}.*"))
                .flatMap(time -> {
                    Optional<IndexedWord> head = sentence.headOf(time.span());
                    int tier = head.map(scope::tier).orElse(-1);
                    return tier < 0 ? Stream.empty()
                            : Stream.of(new Scored(time, tier, Math.abs(head.get().index() - trigger.index())));
                })
                .min(Comparator.comparingInt(Scored::tier).thenComparingInt(Scored::distance))
                .map(Scored::time)
                .orElse(null);
    }
}
