/**
 * How plain the Dutch of the site is: sentences and words of every rendered body, counted after the markdown stage
 * and before render, so that {@code check} can name the pages that are hardest to read (language level B1).
 */
package nl.soneta.site.language;
