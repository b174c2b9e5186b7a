/**
 * Where the graph lives: the {@link org.scholarkg.store.KnowledgeGraph} interface, the embedded
 * {@link org.scholarkg.store.Tdb2Store} and the {@link org.scholarkg.store.RemoteStore} for any SPARQL 1.1
 * store, and the {@link org.scholarkg.store.GraphLoader} that streams converted records into either,
 * one named graph per source, each replaced atomically.
 *
 * <p>This package may use {@code record} and {@code rdf}; it never imports {@code web} or {@code cli}.
 */
package org.scholarkg.store;
