package nl.soneta.site.fuzz;

/** The kinds of bad input the content fuzzer writes; issue 9 names each of them. */
enum FuzzCategory {
    TRUNCATED_YAML,
    TABS,
    WRONG_TYPES,
    HUGE_NUMBERS,
    DEEP_NESTING,
    ALIAS_BOMB,
    BINARY_JUNK,
    INVALID_UTF8,
    BOM,
    LINE_ENDINGS,
    LONG_LINES,
    MARKDOWN_JUNK,
    /** Not drawn at random: every run has the 10 MB file and one beyond the reader's size limit. */
    HUGE_FILE
}
