package nl.soneta.site.site;

/** An item of any collection. */
public interface Entry {
    Item item();
}
