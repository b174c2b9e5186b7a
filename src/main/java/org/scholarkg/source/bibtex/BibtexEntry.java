package org.scholarkg.source.bibtex;

import java.util.Map;

/**
 * One entry of a BibTeX file as written: its type and key, where its {@code @} is, and its fields by
 * lower-case name with macros expanded and {@code #} parts joined, still in TeX.
 *
 * @param type the entry type in lower case, e.g. {@code inproceedings}
 * @param line the 1-based line of the entry's {@code @}
 * @param column the 1-based column of the entry's {@code @}
 * @param fields in the order of the file
 */
record BibtexEntry(String type, String key, int line, int column, Map<String, String> fields) {

    BibtexEntry {
        fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
    }

    /** A field's TeX text, or null when the entry has no such field or it is blank. */
    String field(String name) {
        String value = fields.get(name);
        return value == null || value.isBlank() ? null : value;
    }
}
