/**
 * The group pages of the Munich Center for Machine Learning (MCML) website, as text: the importer
 * ({@link org.scholarkg.source.mcml.McmlPageImporter}) and the pieces of the layout it reads (author
 * lists, venue lines).
 */
package org.scholarkg.source.mcml;
