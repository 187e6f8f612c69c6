package nl.soneta.site.content;

import static nl.soneta.site.content.FieldSpec.optional;
import static nl.soneta.site.content.FieldSpec.required;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The front matter fields of every kind of item, in the order {@code new} writes them. This is the one
 * description of the fields: the model builder reads and checks them by these specs, {@code new} writes its
 * templates from them, and the handbook's field reference is generated from them.
 */
public final class ContentSchema {
    /** What {@code new} writes where the editor must fill in a value; {@code check} reports it as an error. */
    public static final String PLACEHOLDER = "INVULLEN";

    public static final FieldSpec TITLE = required("title", FieldType.TEXT,
            "De titel. Kort en duidelijk; hij staat boven de pagina en in overzichten.", "\"Buurtkamer Haven\"");
    public static final FieldSpec SUMMARY = optional("summary", FieldType.TEXT,
            "Eén of twee gewone zinnen over het onderwerp. Ze staan in overzichten en in zoekmachines."
                    + " Zonder samenvatting krijgt u een waarschuwing.",
            "\"Een plek in Almere Haven waar buurtbewoners elkaar ontmoeten.\"");
    public static final FieldSpec DRAFT = optional("draft", FieldType.FLAG,
            "Met true is dit een concept. Een concept staat niet op de site; u ziet het alleen in een voorbeeld"
                    + " met --drafts.", "true");
    public static final FieldSpec PUBLISH_DATE = optional("publishDate", FieldType.DATE,
            "Vanaf deze dag staat het op de site. Tot die dag is het verborgen; de site wordt elke nacht opnieuw gebouwd.",
            "2026-12-01");
    public static final FieldSpec EXPIRY_DATE = optional("expiryDate", FieldType.DATE,
            "Na deze dag staat het niet meer op de site. Het bestand blijft bewaard.", "2027-01-31");

    public static final FieldSpec THEME_ORDER = optional("order", FieldType.NUMBER,
            "De plaats in de lijst met thema's. Een lager getal staat hoger.", "3");
    public static final FieldSpec KIND = required("kind", FieldType.TEXT,
            "Het soort organisatie. Kies uit de lijst kinds in content/site.yaml.", "belangenorganisatie");
    public static final FieldSpec ORGANISATION_THEMES = required("themes", FieldType.LIST,
            "De thema's waar de organisatie aan werkt. Gebruik de namen van de bestanden in content/themas/ (zonder .md).",
            "[eenzaamheid, bestaanszekerheid]");
    public static final FieldSpec AUDIENCES = required("audiences", FieldType.LIST,
            "Voor wie de organisatie er is. Kies uit de lijst audiences in content/site.yaml.", "[ouderen, mantelzorgers]");
    public static final FieldSpec DISTRICTS = optional("districts", FieldType.LIST,
            "De wijken waar de organisatie werkt. Kies uit de lijst districts in content/site.yaml.", "[almere-haven]");
    public static final FieldSpec WEBSITE = optional("website", FieldType.WEB_ADDRESS,
            "De website van de organisatie.", "https://www.voorbeeld.nl/");
    public static final FieldSpec EMAIL = optional("email", FieldType.EMAIL,
            "Het e-mailadres waar inwoners terechtkunnen.", "info@voorbeeld.nl");
    public static final FieldSpec PHONE = optional("phone", FieldType.PHONE,
            "Het telefoonnummer waar inwoners terechtkunnen.", "036 123 4567");
    public static final FieldSpec ADDRESS = optional("address", FieldType.TEXT,
            "Het bezoekadres.", "\"Stadhuisplein 1, 1315 HR Almere\"");
    public static final FieldSpec CHECKED = optional("checked", FieldType.DATE,
            "De dag waarop iemand de gegevens voor het laatst heeft nagekeken.", "2026-11-23");
    public static final FieldSpec SOURCES = required("sources", FieldType.LIST,
            "De publicaties waar de gegevens vandaan komen. Gebruik de namen van de bestanden of mappen in"
                    + " content/publicaties/.", "[advies-sociale-staat-van-almere]");

    public static final FieldSpec NEWS_DATE = required("date", FieldType.DATE,
            "De datum van het bericht. Het nieuwste bericht staat bovenaan.", "2026-11-23");
    public static final FieldSpec THEMES = optional("themes", FieldType.LIST,
            "De thema's waar het over gaat. Gebruik de namen van de bestanden in content/themas/ (zonder .md).",
            "[eenzaamheid]");
    public static final FieldSpec ORGANISATIONS = optional("organisations", FieldType.LIST,
            "De organisaties waar het over gaat. Gebruik de namen van de bestanden in content/organisaties/ (zonder .md).",
            "[humanitas, de-schoor]");

    public static final FieldSpec START = required("start", FieldType.DATE_TIME,
            "Wanneer de bijeenkomst begint. Schrijf datum en tijd met een T ertussen.", "2026-12-10T19:30");
    public static final FieldSpec END = optional("end", FieldType.DATE_TIME,
            "Wanneer de bijeenkomst eindigt. Niet vóór het begin.", "2026-12-10T21:00");
    public static final FieldSpec LOCATION = required("location", FieldType.TEXT,
            "Waar de bijeenkomst is: de naam van de plek en het adres.", "\"Stadhuis Almere, Stadhuisplein 1\"");
    public static final FieldSpec REGISTRATION = optional("registration", FieldType.WEB_ADDRESS,
            "De pagina waar bezoekers zich aanmelden.", "https://www.voorbeeld.nl/aanmelden");
    public static final FieldSpec REPORT = optional("report", FieldType.TEXT,
            "Het verslag van de bijeenkomst: de naam van een publicatie in content/publicaties/.",
            "thematafel-eenzaamheid");

    public static final FieldSpec PUBLICATION_DATE = required("date", FieldType.DATE,
            "De datum waarop de publicatie is verschenen.", "2023-11-03");
    public static final FieldSpec PUBLISHER = required("publisher", FieldType.TEXT,
            "Wie de publicatie heeft uitgegeven.", "\"Adviesraad Sociaal Domein Almere\"");
    public static final FieldSpec PDF = optional("pdf", FieldType.TEXT,
            "Het originele document: de naam van een bestand in content/media/.", "advies-sociale-staat.pdf");

    public static final FieldSpec CHAPTER_ORDER = required("order", FieldType.NUMBER,
            "Het nummer van het hoofdstuk. Hoofdstukken staan op volgorde van dit nummer.", "1");

    public static final FieldSpec NUMBER = required("number", FieldType.NUMBER,
            "Het volgnummer van de nieuwsbrief.", "2");
    public static final FieldSpec NEWSLETTER_DATE = required("date", FieldType.DATE,
            "De datum waarop de nieuwsbrief verschijnt.", "2026-12-15");
    public static final FieldSpec NEWS = optional("news", FieldType.LIST,
            "De nieuwsberichten in deze nieuwsbrief: namen van bestanden in content/nieuws/ (zonder .md).",
            "[2026-12-01-nieuwe-website]");
    public static final FieldSpec EVENTS = optional("events", FieldType.LIST,
            "De bijeenkomsten in deze nieuwsbrief: namen van bestanden in content/agenda/ (zonder .md).",
            "[2026-12-10-thematafel-wonen]");

    private static final List<FieldSpec> COMMON_END = List.of(DRAFT, PUBLISH_DATE, EXPIRY_DATE);
    private static final Map<ContentKind, List<FieldSpec>> FIELDS = fieldsByKind();

    private ContentSchema() {
    }

    public static List<FieldSpec> fields(ContentKind kind) {
        return FIELDS.get(kind);
    }

    public static List<String> names(ContentKind kind) {
        return fields(kind).stream().map(FieldSpec::name).toList();
    }

    private static Map<ContentKind, List<FieldSpec>> fieldsByKind() {
        Map<ContentKind, List<FieldSpec>> fields = new EnumMap<>(ContentKind.class);
        fields.put(ContentKind.ORGANISATIE, kind(TITLE, SUMMARY, KIND, ORGANISATION_THEMES, AUDIENCES, DISTRICTS,
                WEBSITE, EMAIL, PHONE, ADDRESS, CHECKED, SOURCES));
        fields.put(ContentKind.NIEUWS, kind(TITLE, NEWS_DATE, SUMMARY, THEMES, ORGANISATIONS));
        fields.put(ContentKind.AGENDA, kind(TITLE, START, END, LOCATION, SUMMARY, THEMES, ORGANISATIONS,
                REGISTRATION, REPORT));
        fields.put(ContentKind.PUBLICATIE, kind(TITLE, PUBLICATION_DATE, PUBLISHER, SUMMARY, THEMES, ORGANISATIONS, PDF));
        fields.put(ContentKind.HOOFDSTUK, kind(TITLE, CHAPTER_ORDER, SUMMARY));
        fields.put(ContentKind.NIEUWSBRIEF, kind(TITLE, NUMBER, NEWSLETTER_DATE, SUMMARY, NEWS, EVENTS));
        fields.put(ContentKind.THEMA, kind(TITLE, SUMMARY, THEME_ORDER));
        fields.put(ContentKind.PAGINA, kind(TITLE, SUMMARY));
        return fields;
    }

    private static List<FieldSpec> kind(FieldSpec... own) {
        List<FieldSpec> all = new ArrayList<>(List.of(own));
        all.addAll(COMMON_END);
        return List.copyOf(all);
    }
}
