/**
 * BibTeX files, such as the publication lists of research groups' and people's sites: the importer
 * ({@link org.scholarkg.source.bibtex.BibtexImporter}), its parser, and the readers of TeX text, names and
 * dates.
 *
 * <p>It imports only {@code org.scholarkg.record} and {@code org.scholarkg.source}.
 */
package org.scholarkg.source.bibtex;
