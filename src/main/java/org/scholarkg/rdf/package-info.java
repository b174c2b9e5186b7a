/**
 * Records to RDF: vocabulary constants ({@code vocab}), {@link org.scholarkg.rdf.Iris} (the one place
 * that mints IRIs), the converters (record in, statements out on an RDF4J Rio
 * {@link org.eclipse.rdf4j.rio.RDFHandler}), the Rio writers for every output format, the single Rio to
 * Jena adapter {@link org.scholarkg.rdf.RioToJena} and SHACL validation.
 *
 * <p>Converters are pure: they open no files, print nothing and know no store. This package never
 * imports {@code store}, {@code web} or {@code cli}.
 */
package org.scholarkg.rdf;
