/**
 * Linked data over HTTP: dereferenceable {@code /id/} IRIs answered with 303 to {@code /doc/} documents
 * chosen by {@code Accept}, the RDF description of a resource, FAIR signposting, and the graph's version for
 * ETags.
 *
 * <p>Reads the store's dataset in read transactions; never writes.
 */
package org.scholarkg.web.ld;
