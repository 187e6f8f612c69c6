package nl.soneta.site.render.view;

import nl.soneta.site.render.PageFrame;

/** The page a host shows for an address that does not exist. */
public record NotFoundView(PageFrame frame) {
}
