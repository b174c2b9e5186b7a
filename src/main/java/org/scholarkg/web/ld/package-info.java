/**
 * Linked data over HTTP: dereferenceable {@code /id/} IRIs answered with 303 to {@code /doc/} documents
 * chosen by {@code Accept}, the RDF description of a resource, FAIR signposting, ETags, and the documents kept
 * in memory for the store version they were made from ({@link org.scholarkg.web.ld.StoreVersion},
 * {@link org.scholarkg.web.ld.DocumentCache}).
 *
 * <p>Reads the store's dataset in read transactions; never writes.
 */
package org.scholarkg.web.ld;
