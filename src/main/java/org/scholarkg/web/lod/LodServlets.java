package org.scholarkg.web.lod;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.scholarkg.web.ld.DocumentFormat;
import org.scholarkg.web.ld.Documents;
import org.scholarkg.web.ld.GraphReader;
import org.scholarkg.web.pages.Templates;

/** The servlets of the dataset's own documents: VoID, dumps, sitemap, robots.txt. */
public final class LodServlets {

    private LodServlets() {
    }

    /** {@code /.well-known/void} and {@code /void}: Turtle unless {@code Accept} asks for another RDF format. */
    public static final class VoidServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;
        private final transient DatasetStatistics stats;
        private final transient VoidDescription description;
        private final transient Documents documents;

        public VoidServlet(DatasetStatistics stats, VoidDescription description, Documents documents) {
            this.stats = stats;
            this.description = description;
            this.documents = documents;
        }

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            DocumentFormat format = DocumentFormat.negotiate(req.getHeader("Accept"));
            if (!format.isRdf()) {
                format = DocumentFormat.TURTLE;
            }
            documents.send(req, resp, Documents.rdf(description.describe(stats.current()), format),
                    format.mediaType(), null);
        }
    }

    /** {@code /dumps/}: an index with sizes and times, and the files. */
    public static final class DumpServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;
        private final transient DatasetStatistics stats;
        private final transient DumpFiles dumps;
        private final transient Templates templates;

        public DumpServlet(DatasetStatistics stats, DumpFiles dumps, Templates templates) {
            this.stats = stats;
            this.dumps = dumps;
            this.templates = templates;
        }

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            String name = req.getRequestURI().substring("/dumps".length());
            Path folder = dumps.ensure(stats.current());
            if (name.isEmpty() || name.equals("/")) {
                List<Map<String, Object>> files = new ArrayList<>();
                for (Path f : dumps.files()) {
                    files.add(Map.of("name", f.getFileName().toString(), "size", Files.size(f),
                            "modified", Instant.ofEpochMilli(Files.getLastModifiedTime(f).toMillis()).toString()));
                }
                resp.setContentType("text/html; charset=utf-8");
                resp.getWriter().write(templates.render("dumps", Map.of("title", "Dumps", "files", files)));
                return;
            }
            String file = name.substring(1);
            // Only names the folder holds, never a path: no traversal.
            if (!file.matches("[a-z0-9][a-z0-9-]*\\.(nt\\.gz|ttl)") || !Files.isRegularFile(folder.resolve(file))) {
                resp.sendError(HttpServletResponse.SC_NOT_FOUND, "no such dump");
                return;
            }
            Path path = folder.resolve(file);
            resp.setContentType(file.endsWith(".ttl") ? "text/turtle; charset=utf-8" : "application/n-triples");
            if (file.endsWith(".gz")) {
                resp.setHeader("Content-Disposition", "attachment; filename=\"" + file + "\"");
            }
            resp.setContentLengthLong(Files.size(path));
            resp.setDateHeader("Last-Modified", Files.getLastModifiedTime(path).toMillis());
            Files.copy(path, resp.getOutputStream());
        }
    }

    /** {@code /sitemap.xml}: the HTML page of every resource. */
    public static final class SitemapServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;
        private final transient GraphReader reader;

        public SitemapServlet(GraphReader reader) {
            this.reader = reader;
        }

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            String site = req.getScheme() + "://" + req.getServerName() + ":" + req.getServerPort();
            String idBase = reader.iris().base() + "id/";
            StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
            for (QuerySolution row : reader.select("""
                    SELECT DISTINCT ?s { ?s a ?c FILTER (isIRI(?s) && STRSTARTS(STR(?s), ?idBase) && !CONTAINS(STR(?s), "#")) }
                    ORDER BY ?s""", Map.of("idBase", idBase))) {
                String path = row.getResource("s").getURI().substring(idBase.length());
                xml.append("  <url><loc>").append(site).append("/doc/").append(escape(path)).append(".html</loc></url>\n");
            }
            xml.append("</urlset>\n");
            resp.setContentType("application/xml; charset=utf-8");
            resp.getWriter().write(xml.toString());
        }

        private static String escape(String s) {
            return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        }
    }

    /** {@code /robots.txt}: pages welcome, the SPARQL endpoint not for crawlers, the sitemap named. */
    public static final class RobotsServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            String site = req.getScheme() + "://" + req.getServerName() + ":" + req.getServerPort();
            resp.setContentType("text/plain; charset=utf-8");
            resp.getWriter().write("User-agent: *\nAllow: /\nDisallow: /kg/\nDisallow: /search\n"
                    + "Sitemap: " + site + "/sitemap.xml\n");
        }
    }
}
