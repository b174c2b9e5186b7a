/**
 * Importers of outside formats, one sub-package per format; each turns its input into records
 * ({@code org.scholarkg.record}) and reports what it could not place, with line numbers.
 *
 * <p>Importers read and return; they do not print, write files or touch the store. This package may use
 * {@code record}; it never imports {@code rdf}, {@code store}, {@code web} or {@code cli}.
 */
package org.scholarkg.source;
