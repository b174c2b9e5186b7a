/**
 * Writers of outside formats that read the graph back from a store through SPARQL:
 * {@link org.scholarkg.export.GraphRecords} turns what the store holds about a group into records, and
 * format writers (the MCML group page, ...) render records.
 *
 * <p>This package may use {@code record}, {@code rdf} and {@code store}; it never imports {@code web} or
 * {@code cli}.
 */
package org.scholarkg.export;
