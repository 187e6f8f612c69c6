package nl.soneta.site.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.soneta.site.content.ContentCollection;
import nl.soneta.site.render.view.DirectoryView;
import nl.soneta.site.render.view.EmbedView;
import nl.soneta.site.render.view.FilterGroup;
import nl.soneta.site.render.view.FilterLink;
import nl.soneta.site.render.view.FilterPageView;
import nl.soneta.site.site.BaseUrl;
import nl.soneta.site.site.Facet;
import nl.soneta.site.site.Organisation;
import nl.soneta.site.site.OrganisationFilters;
import nl.soneta.site.site.Site;
import nl.soneta.site.site.SitePaths;
import nl.soneta.site.site.Term;

/**
 * The sociale kaart: {@code /organisaties/} with every organisation and its filters, one static page per theme,
 * doelgroep, wijk and soort (what the filters give without JavaScript, and pages in their own right), and per
 * theme a bare list that partners can frame.
 */
final class DirectoryPages {
    private static final String TITLE = "Organisaties";

    /** Makes the frame of a page, as {@link PagePlanner} makes it for all pages. */
    interface Frames {
        PageFrame frame(String title, String description, String path, List<Crumb> trail);
    }

    private final Site site;
    private final Cards cards;
    private final Assets assets;
    private final Frames frames;
    private final OrganisationFilters filters;
    private final String listPath = SitePaths.list(ContentCollection.ORGANISATIONS);

    DirectoryPages(Site site, Cards cards, Assets assets, Frames frames) {
        this.site = site;
        this.cards = cards;
        this.assets = assets;
        this.frames = frames;
        this.filters = new OrganisationFilters(site);
    }

    List<PageJob> plan() {
        List<PageJob> jobs = new ArrayList<>();
        jobs.add(directory());
        for (Facet facet : Facet.values()) {
            for (Term value : filters.values(facet)) {
                jobs.add(filterPage(facet, value));
                if (facet == Facet.THEMA) {
                    jobs.add(embed(value));
                }
            }
        }
        return jobs;
    }

    private PageJob directory() {
        String introduction = "Organisaties in Almere die hulp, advies of steun bieden. Ze doen mee aan het netwerk van SONETA.";
        List<FilterGroup> groups = Arrays.stream(Facet.values())
                .map(f -> new FilterGroup(f, anyLabel(f), filters.values(f).stream()
                        .map(v -> new FilterLink(v.slug(), v.name(), SitePaths.organisationFilter(f, v.slug()),
                                filters.matching(f, v).size()))
                        .toList()))
                .toList();
        var view = new DirectoryView(frames.frame(TITLE, introduction, listPath, List.of(new Crumb("Home", SitePaths.HOME))),
                introduction, Cards.organisationCount(site.organisations().size()),
                site.organisations().stream().map(this::mapCard).toList(), groups);
        return new PageJob(listPath, "directory.jte", view);
    }

    private MapCard mapCard(Organisation o) {
        String audiences = o.audiences().isEmpty() ? "Alle inwoners" : names(o.audiences());
        String districts = OrganisationFilters.worksEverywhere(o) ? "Heel Almere" : names(o.districts());
        return new MapCard(cards.of(o), audiences, districts, Arrays.stream(Facet.values())
                .map(f -> String.join(" ", filters.slugs(o, f))).toList());
    }

    private PageJob filterPage(Facet facet, Term value) {
        String path = SitePaths.organisationFilter(facet, value.slug());
        List<Organisation> organisations = filters.matching(facet, value);
        String title = heading(facet, value);
        String introduction = introduction(facet, value);
        PageFrame frame = frames.frame(title, introduction, path,
                List.of(new Crumb("Home", SitePaths.HOME), new Crumb(TITLE, listPath)));
        Optional<FilterPageView.Embed> embed = facet == Facet.THEMA
                ? Optional.of(new FilterPageView.Embed(SitePaths.organisationEmbed(value.slug()),
                        iframeCode(value))) : Optional.empty();
        var view = new FilterPageView(frame, introduction, Cards.organisationCount(organisations.size()),
                organisations.stream().map(cards::of).toList(), seeAlso(facet, value), embed);
        return new PageJob(path, "filterpage.jte", view);
    }

    private PageJob embed(Term theme) {
        BaseUrl base = site.config().baseUrl();
        String heading = heading(Facet.THEMA, theme);
        var view = new EmbedView(site.config().language(), heading + " – " + site.config().title(),
                introduction(Facet.THEMA, theme), heading, base.absolute(assets.path("icon.svg")),
                base.absolute(assets.path("site.css")),
                filters.matching(Facet.THEMA, theme).stream()
                        .map(o -> new EmbedView.Item(o.item().title(), base.absolute(o.item().path()), o.item().summary(),
                                o.kind().name()))
                        .toList(),
                site.config().title(), base.absolute(SitePaths.organisationFilter(Facet.THEMA, theme.slug())));
        return new PageJob(SitePaths.organisationEmbed(theme.slug()), "embed.jte", view);
    }

    private String iframeCode(Term theme) {
        return "<iframe src=\"" + site.config().baseUrl().absolute(SitePaths.organisationEmbed(theme.slug()))
                + "\" title=\"" + heading(Facet.THEMA, theme) + "\" width=\"100%\" height=\"600\"></iframe>";
    }

    private static String anyLabel(Facet facet) {
        return switch (facet) {
            case THEMA -> "Alle thema's";
            case VOOR -> "Alle doelgroepen";
            case WIJK -> "Alle wijken";
            case SOORT -> "Alle soorten";
        };
    }

    private static String heading(Facet facet, Term value) {
        return switch (facet) {
            case THEMA -> "Organisaties bij het thema " + value.name();
            case VOOR -> "Organisaties voor " + lowerFirst(value.name());
            case WIJK -> value.slug().equals(OrganisationFilters.WHOLE_CITY) ? "Organisaties die in heel Almere werken"
                    : "Organisaties in " + value.name();
            case SOORT -> "Organisaties van de soort " + value.name();
        };
    }

    private static String introduction(Facet facet, Term value) {
        return switch (facet) {
            case THEMA -> "Deze organisaties helpen bij het thema " + value.name() + ".";
            case VOOR -> value.slug().equals(OrganisationFilters.EVERYONE)
                    ? "Deze organisaties zijn er voor alle inwoners van Almere."
                    : "Deze organisaties zijn er speciaal voor " + lowerFirst(value.name())
                            + ". Organisaties voor alle inwoners kunnen u ook helpen.";
            case WIJK -> value.slug().equals(OrganisationFilters.WHOLE_CITY)
                    ? "Deze organisaties werken in alle wijken van Almere."
                    : "Deze organisaties werken in " + value.name() + ". De meeste werken in heel Almere, dus ook in "
                            + value.name() + ".";
            case SOORT -> "Alle organisaties van de soort " + value.name() + " op de sociale kaart van SONETA.";
        };
    }

    private Optional<Crumb> seeAlso(Facet facet, Term value) {
        if (facet == Facet.THEMA) {
            return Optional.of(new Crumb("Meer over het thema " + value.name(),
                    SitePaths.item(ContentCollection.THEMES, value.slug())));
        }
        boolean everyoneExists = site.config().vocabularies().audiences().stream()
                .anyMatch(t -> t.slug().equals(OrganisationFilters.EVERYONE));
        if (facet == Facet.VOOR && everyoneExists && !value.slug().equals(OrganisationFilters.EVERYONE)) {
            return Optional.of(new Crumb("Organisaties voor alle inwoners",
                    SitePaths.organisationFilter(Facet.VOOR, OrganisationFilters.EVERYONE)));
        }
        return Optional.empty();
    }

    private static String names(List<Term> terms) {
        return String.join(", ", terms.stream().map(Term::name).toList());
    }

    private static String lowerFirst(String name) {
        return name.isEmpty() ? name : name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
    }
}
