package nl.soneta.site.content;

/** A value read from a content file together with where it was written, for later diagnostics. */
public record Located<T>(T value, SourcePosition at) {
}
