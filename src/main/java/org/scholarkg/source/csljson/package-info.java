/**
 * CSL-JSON, the citation data of citeproc processors, Zotero and Manubot and of DOI content negotiation:
 * the importer ({@link org.scholarkg.source.csljson.CslJsonImporter}) and the readers of items and names.
 *
 * <p>It imports only {@code org.scholarkg.record}, {@code org.scholarkg.source} and the input-problem types
 * of {@code org.scholarkg}; JSON is read with Jackson.
 */
package org.scholarkg.source.csljson;
