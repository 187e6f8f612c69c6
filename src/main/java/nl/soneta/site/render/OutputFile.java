package nl.soneta.site.render;

/** A file of the finished site: its path inside the output folder and its bytes. */
public record OutputFile(String path, byte[] bytes) {
}
