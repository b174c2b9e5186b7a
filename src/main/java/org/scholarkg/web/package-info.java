/**
 * The HTTP service: {@link org.scholarkg.web.KgServer} assembles an embedded Apache Jena Fuseki over the
 * store, with the read-only SPARQL endpoints, the admin-only update endpoints, the query timeout and
 * result cap, and a one-line-per-request log.
 *
 * <p>This package may use {@code store} and {@code rdf}; it never imports {@code cli}.
 */
package org.scholarkg.web;
