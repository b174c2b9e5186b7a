/**
 * BibTeX files, such as the publication lists of research groups' and people's sites: the importer
 * ({@link org.scholarkg.source.bibtex.BibtexImporter}), its parser, and the readers of TeX text, names and
 * dates.
 *
 * <p>It imports only {@code org.scholarkg.record}, {@code org.scholarkg.source} and the input-problem types
 * of {@code org.scholarkg}.
 */
package org.scholarkg.source.bibtex;
