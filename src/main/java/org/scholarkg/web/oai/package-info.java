/**
 * The OAI-PMH 2.0 data provider at {@code /oai}: Identify, ListMetadataFormats, ListSets (one set per
 * group), ListIdentifiers, ListRecords and GetRecord in {@code oai_dc}, with resumption tokens and every
 * error condition of the protocol. Reads the store through SPARQL with bound parameters.
 */
package org.scholarkg.web.oai;
