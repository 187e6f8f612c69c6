package nl.soneta.site.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Whether answers were served from whole builds in the order they were made. The preview swaps in each build at
 * once, so once an answer showing a build has arrived, no answer to a request sent after that may show an older
 * build; with a counter that each save raises, no later request may show a lower number. A page built from two
 * saves, or a swap that was not atomic, breaks this for some pair of answers.
 */
final class ServedInOrder {
    private ServedInOrder() {
    }

    /** The answers showing an older counter than one that had already arrived before they were asked for. */
    static List<String> violations(List<Answer> answers, ToIntFunction<Answer> counter) {
        List<Answer> counted = answers.stream().filter(a -> counter.applyAsInt(a) >= 0).toList();
        List<Answer> byArrival = counted.stream().sorted(Comparator.comparingLong(Answer::finished)).toList();
        List<Answer> byRequest = counted.stream().sorted(Comparator.comparingLong(Answer::started)).toList();
        List<String> violations = new ArrayList<>();
        int arrived = 0;
        Answer newest = null;
        for (Answer later : byRequest) {
            while (arrived < byArrival.size() && byArrival.get(arrived).finished() < later.started()) {
                Answer earlier = byArrival.get(arrived++);
                if (newest == null || counter.applyAsInt(earlier) > counter.applyAsInt(newest)) {
                    newest = earlier;
                }
            }
            if (newest != null && counter.applyAsInt(later) < counter.applyAsInt(newest)) {
                violations.add(later.target().path() + " showed " + counter.applyAsInt(later) + " after "
                        + newest.target().path() + " had shown " + counter.applyAsInt(newest) + " "
                        + (later.started() - newest.finished()) / 1_000_000 + " ms before it was asked for");
            }
        }
        return violations;
    }
}
