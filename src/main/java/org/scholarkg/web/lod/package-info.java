/**
 * Publishing the dataset as linked open data: the VoID and DCAT description ({@code /.well-known/void}),
 * dumps ({@code /dumps/}), {@code sitemap.xml} and {@code robots.txt}, all generated from the store.
 */
package org.scholarkg.web.lod;
