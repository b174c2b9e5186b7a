/**
 * OAI-PMH 2.0 responses with simple Dublin Core, as institutional repositories send them: the importer
 * ({@link org.scholarkg.source.oaipmh.OaiPmhImporter}), the streaming response parser, the page and
 * resumption-token types a harvester follows, and the oai_dc mapping.
 *
 * <p>It imports only {@code org.scholarkg.record}, {@code org.scholarkg.source} and the input-problem types
 * of {@code org.scholarkg}; XML goes through {@code SafeXml}, which refuses DTDs and entities.
 */
package org.scholarkg.source.oaipmh;
