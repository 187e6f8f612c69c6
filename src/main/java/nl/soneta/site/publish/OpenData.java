package nl.soneta.site.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.soneta.site.json.JsonWriter;
import nl.soneta.site.render.OutputFile;
import nl.soneta.site.site.Site;
import nl.soneta.site.site.SitePaths;
import nl.soneta.site.site.Term;

/**
 * The sociale kaart as open data for partners: {@code /organisaties.json}, described by
 * {@code /organisaties.schema.json}, and {@code /organisaties.csv} for spreadsheets. Nothing depends on the build
 * time, so the same content always gives the same bytes and partners only see a change when the data changed.
 */
public final class OpenData {
    /** The schema is documentation in the repository first; the build publishes it unchanged. */
    static final String SCHEMA_RESOURCE = "/open-data/organisaties.schema.json";
    static final List<String> CSV_COLUMNS = List.of("slug", "name", "url", "summary", "kind", "themes", "audiences",
            "districts", "website", "email", "phone", "address", "checked", "sources");
    private static final String SEPARATOR = "; ";

    private OpenData() {
    }

    public static List<OutputFile> files(Site site) {
        List<OpenOrganisation> organisations = site.organisations().stream()
                .map(o -> OpenOrganisation.of(o, site)).toList();
        return List.of(new OutputFile(SitePaths.outputFile(SitePaths.ORGANISATIONS_JSON), json(site, organisations)),
                new OutputFile(SitePaths.outputFile(SitePaths.ORGANISATIONS_SCHEMA), schema()),
                new OutputFile(SitePaths.outputFile(SitePaths.ORGANISATIONS_CSV), csv(organisations)));
    }

    private static byte[] json(Site site, List<OpenOrganisation> organisations) {
        var baseUrl = site.config().baseUrl();
        JsonWriter json = JsonWriter.indented().beginObject()
                .field("name", site.config().title())
                .field("url", baseUrl.absolute(SitePaths.HOME))
                .field("schema", baseUrl.absolute(SitePaths.ORGANISATIONS_SCHEMA));
        // The newest check, not the build time: the data is as recent as what editors last verified.
        lastChecked(organisations).ifPresent(date -> json.field("lastChecked", date.toString()));
        json.name("organisations").beginArray();
        organisations.forEach(o -> organisation(json, o));
        return json.endArray().endObject().bytes();
    }

    private static void organisation(JsonWriter json, OpenOrganisation o) {
        json.beginObject()
                .field("slug", o.slug())
                .field("name", o.name())
                .field("url", o.url())
                .field("summary", o.summary());
        json.name("kind");
        term(json, o.kind());
        terms(json, "themes", o.themes());
        terms(json, "audiences", o.audiences());
        terms(json, "districts", o.districts());
        json.field("website", o.contact().website())
                .field("email", o.contact().email())
                .field("phone", o.contact().phone())
                .field("address", o.contact().address())
                .field("checked", o.checked().map(LocalDate::toString));
        json.name("sources").beginArray();
        o.sources().forEach(json::value);
        json.endArray().endObject();
    }

    private static void terms(JsonWriter json, String name, List<Term> terms) {
        json.name(name).beginArray();
        terms.forEach(t -> term(json, t));
        json.endArray();
    }

    private static void term(JsonWriter json, Term term) {
        json.beginObject().field("slug", term.slug()).field("name", term.name()).endObject();
    }

    private static byte[] csv(List<OpenOrganisation> organisations) {
        Csv csv = new Csv().record(CSV_COLUMNS);
        for (OpenOrganisation o : organisations) {
            csv.record(List.of(o.slug(), o.name(), o.url(), o.summary(), o.kind().name(), names(o.themes()),
                    names(o.audiences()), names(o.districts()), o.contact().website().orElse(""),
                    o.contact().email().orElse(""), o.contact().phone().orElse(""), o.contact().address().orElse(""),
                    o.checked().map(LocalDate::toString).orElse(""), String.join(SEPARATOR, o.sources())));
        }
        return csv.bytes();
    }

    private static String names(List<Term> terms) {
        return terms.stream().map(Term::name).collect(Collectors.joining(SEPARATOR));
    }

    private static Optional<LocalDate> lastChecked(List<OpenOrganisation> organisations) {
        return organisations.stream().map(OpenOrganisation::checked).flatMap(Optional::stream)
                .max(LocalDate::compareTo);
    }

    private static byte[] schema() {
        try (InputStream in = OpenData.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + SCHEMA_RESOURCE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
