package nl.soneta.site.content;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.parser.Parser;

/**
 * Hands the YAML parser's events to the composer and refuses what would make composing or reading the tree
 * run away: the composer recurses once per level, so thousands of nested {@code [[[[} overflow the stack, and an
 * alias inside its own anchor ({@code &a [*a]}) makes a cycle that every later walk of the tree follows forever.
 * SnakeYAML Engine has no setting for either, unlike its limit on aliases.
 */
final class GuardedEvents implements Parser {
    private final Parser events;
    private final int maxDepth;
    /** The anchor of every collection that is open, innermost first; empty where it has none. */
    private final Deque<Optional<Anchor>> open = new ArrayDeque<>();
    private Event last;

    GuardedEvents(Parser events, int maxDepth) {
        this.events = events;
        this.maxDepth = maxDepth;
    }

    /** The event the composer took last: where the composer was when it gave up without a mark of its own. */
    Optional<Event> last() {
        return Optional.ofNullable(last);
    }

    @Override
    public boolean checkEvent(Event.ID id) {
        return events.checkEvent(id);
    }

    @Override
    public Event peekEvent() {
        return events.peekEvent();
    }

    @Override
    public boolean hasNext() {
        return events.hasNext();
    }

    @Override
    public Event next() {
        Event event = events.next();
        last = event;
        switch (event.getEventId()) {
            case SequenceStart, MappingStart -> {
                if (open.size() >= maxDepth) {
                    throw new YamlLimitException(event, "de YAML is te diep genest: meer dan " + maxDepth
                            + " niveaus van lijsten en velden in elkaar",
                            "schrijf elk veld als 'naam: waarde' of als korte lijst [een, twee]; een lijst in een lijst is niet nodig");
                }
                open.push(((NodeEvent) event).getAnchor());
            }
            case SequenceEnd, MappingEnd -> open.pop();
            case Alias -> {
                Anchor alias = ((AliasEvent) event).getAlias();
                if (open.contains(Optional.of(alias))) {
                    throw new YamlLimitException(event, "de YAML-verwijzing *" + alias.getValue() + " verwijst naar zichzelf",
                            YamlHints.NO_ANCHORS);
                }
            }
            default -> {
            }
        }
        return event;
    }

    /** A structure the site refuses before the composer sees it, with the place and a Dutch explanation. */
    static final class YamlLimitException extends RuntimeException {
        private final transient Event at;
        private final String hint;

        YamlLimitException(Event at, String message, String hint) {
            super(message, null, false, false);
            this.at = at;
            this.hint = hint;
        }

        Event at() {
            return at;
        }

        String hint() {
            return hint;
        }
    }
}
