/**
 * ScholarKG: research groups, people and papers as a linked-data knowledge graph.
 *
 * <p>The pipeline reads left to right in the sub-packages:
 * {@code source} (outside formats) -&gt; {@code record} (the input model) -&gt; {@code rdf}
 * (statements) -&gt; {@code store} -&gt; {@code web}; {@code cli} drives it. This package holds only
 * what every layer shares: the exception root and the tool's version.
 */
package org.scholarkg;
