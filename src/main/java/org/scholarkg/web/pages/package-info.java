/**
 * HTML pages for people: one per group, person, paper, event, journal, organization and research area,
 * the home page with search, and the query UI. Templates are Mustache (HTML-escaped by default, compiled
 * once); data comes from the store through {@link org.scholarkg.web.ld.GraphReader} with bound parameters.
 */
package org.scholarkg.web.pages;
