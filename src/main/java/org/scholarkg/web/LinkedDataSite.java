package org.scholarkg.web;

import java.nio.file.Path;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.scholarkg.rdf.Iris;
import org.scholarkg.web.ld.Describer;
import org.scholarkg.web.ld.DocServlet;
import org.scholarkg.web.ld.DocumentCache;
import org.scholarkg.web.ld.Documents;
import org.scholarkg.web.ld.GraphReader;
import org.scholarkg.web.ld.IdServlet;
import org.scholarkg.web.ld.LinksetServlet;
import org.scholarkg.web.ld.ResourceDocuments;
import org.scholarkg.web.ld.Signposting;
import org.scholarkg.web.ld.StoreVersion;
import org.scholarkg.web.lod.DatasetStatistics;
import org.scholarkg.web.lod.DumpFiles;
import org.scholarkg.web.lod.LodServlets;
import org.scholarkg.web.lod.VoidDescription;
import org.scholarkg.web.oai.OaiServlet;
import org.scholarkg.web.pages.HomeServlet;
import org.scholarkg.web.pages.QueryUiServlet;
import org.scholarkg.web.pages.ResourcePages;
import org.scholarkg.web.pages.Templates;

/**
 * Everything the server publishes beside SPARQL, wired once: {@code /id/} and {@code /doc/} for every
 * resource (documents kept per store version in one bounded cache), signposting linksets.
 */
final class LinkedDataSite {

    private final GraphReader reader;
    private final Signposting signposting;

    private final DatasetGraph dataset;
    private final Iris iris;
    private final String license;
    private final Path dumpFolder;
    private final String adminEmail;

    private final int oaiPageSize;
    private final long documentCacheBytes;

    LinkedDataSite(DatasetGraph dataset, Iris iris, String license, Path dumpFolder, String adminEmail, int oaiPageSize,
            long documentCacheBytes) {
        this.documentCacheBytes = documentCacheBytes;
        this.adminEmail = adminEmail;
        this.oaiPageSize = oaiPageSize;
        this.dataset = dataset;
        this.iris = iris;
        this.license = license;
        this.dumpFolder = dumpFolder;
        this.reader = new GraphReader(dataset, iris);
        this.signposting = new Signposting(license);
    }

    void addTo(FusekiServer.Builder fuseki) {
        Describer describer = new Describer(reader);
        Documents documents = new Documents(reader);
        Templates templates = new Templates("resource", "home", "query", "dumps");
        ResourcePages pages = new ResourcePages(reader, templates);
        DatasetStatistics stats = new DatasetStatistics(reader);
        ResourceDocuments resources = new ResourceDocuments(reader, describer, signposting, documents, pages::render,
                new DocumentCache(documentCacheBytes), new StoreVersion(dataset));
        fuseki.addServlet("/id/*", new IdServlet(reader, describer, resources))
                .addServlet("/doc/*", new DocServlet(resources))
                .addServlet("/linkset/*", new LinksetServlet(reader, describer, signposting, documents))
                .addServlet("/.well-known/void", new LodServlets.VoidServlet(stats, new VoidDescription(iris, license), documents))
                .addServlet("/void", new LodServlets.VoidServlet(stats, new VoidDescription(iris, license), documents))
                .addServlet("/dumps/*", new LodServlets.DumpServlet(stats, new DumpFiles(dataset, iris, dumpFolder), templates))
                .addServlet("/sitemap.xml", new LodServlets.SitemapServlet(reader))
                .addServlet("/robots.txt", new LodServlets.RobotsServlet())
                .addServlet("/oai", new OaiServlet(reader, adminEmail, oaiPageSize))
                .addServlet("/query", new QueryUiServlet(templates))
                .addServlet("/static/yasgui/*", new QueryUiServlet(templates))
                .addServlet("/search", new HomeServlet(reader, stats, templates))
                .addServlet("", new HomeServlet(reader, stats, templates));
    }
}
