/**
 * ORCID API v3.0 documents, XML and JSON: the importer ({@link org.scholarkg.source.orcid.OrcidImporter}),
 * the readers of both serialisations into one model, and the mapping of that model to a person and papers.
 *
 * <p>It imports only {@code org.scholarkg.record}, {@code org.scholarkg.source} and the input-problem types
 * of {@code org.scholarkg}; XML goes through {@code SafeXml}, which refuses DTDs and entities.
 */
package org.scholarkg.source.orcid;
