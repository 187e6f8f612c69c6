package nl.soneta.site.content;

import org.snakeyaml.engine.v2.exceptions.Mark;

/** Turns the YAML parser's English problem text into a fix an editor can apply. */
final class YamlHints {
    static final String NO_ANCHORS = "gebruik geen YAML-ankers (&) en -verwijzingen (*) in content; schrijf de waarde gewoon uit";

    private YamlHints() {
    }

    static String forProblem(String problem, String yaml, Mark mark) {
        String p = problem == null ? "" : problem;
        if (p.contains("\\t") || p.contains("tab")) {
            return "gebruik spaties in plaats van tabs om in te springen";
        }
        if (p.contains("duplicate key")) {
            return "elk veld mag maar één keer voorkomen; verwijder een van de twee";
        }
        if (p.contains("mapping values are not allowed")) {
            return "zet tekst met een dubbele punt tussen aanhalingstekens, bijvoorbeeld title: \"Thema: eenzaamheid\"";
        }
        if (p.contains("could not find expected ':'")) {
            return "zet een dubbele punt na de naam van het veld, bijvoorbeeld title: Mijn titel";
        }
        if (p.contains("found unexpected end of stream") || p.contains("found unexpected end")) {
            return "sluit aanhalingstekens en haakjes die je geopend hebt";
        }
        if (p.contains("alias") || p.contains("anchor")) {
            return NO_ANCHORS;
        }
        if (p.contains("indentation") || p.contains("expected <block end>")) {
            return "controleer de inspringing: velden op hetzelfde niveau beginnen in dezelfde kolom";
        }
        return "controleer de regel en de regel erboven: inspringing, dubbele punten en aanhalingstekens";
    }
}
