package org.scholarkg.web.pages;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /query}: the YASGUI query editor on {@code /kg/sparql}, with the example queries as tabs; and
 * {@code /static/yasgui/*}: YASGUI's script and style from its WebJar in the jar (no CDN).
 */
public final class QueryUiServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The example queries shipped in the jar (from {@code data/queries/}), in the order of the tabs. */
    public static final List<String> EXAMPLES = List.of("papers-of-a-person", "authors-in-order", "co-authors",
            "group-members", "papers-per-venue", "group-papers-per-year");

    private static final String WEBJAR = "/META-INF/resources/webjars/zazuko__yasgui/4.5.0/build/";
    private static final Map<String, String> STATIC = Map.of("yasgui.min.js", "text/javascript",
            "yasgui.min.css", "text/css");

    private final transient Templates templates;
    private final String examplesJson;

    public QueryUiServlet(Templates templates) {
        this.templates = templates;
        this.examplesJson = examples();
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI();
        if (path.startsWith("/static/yasgui/")) {
            String name = path.substring("/static/yasgui/".length());
            if (!STATIC.containsKey(name)) {
                resp.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            try (InputStream in = QueryUiServlet.class.getResourceAsStream(WEBJAR + name)) {
                if (in == null) {
                    resp.sendError(HttpServletResponse.SC_NOT_FOUND);
                    return;
                }
                resp.setContentType(STATIC.get(name) + "; charset=utf-8");
                resp.setHeader("Cache-Control", "public, max-age=86400");
                in.transferTo(resp.getOutputStream());
            }
            return;
        }
        resp.setContentType("text/html; charset=utf-8");
        resp.getWriter().write(templates.render("query", Map.of("examples", examplesJson)));
    }

    private static String examples() {
        List<Map<String, String>> list = new ArrayList<>();
        for (String name : EXAMPLES) {
            try (InputStream in = QueryUiServlet.class.getResourceAsStream("/org/scholarkg/queries/" + name + ".rq")) {
                if (in == null) {
                    throw new IllegalStateException("example query " + name + ".rq is missing from the jar");
                }
                Map<String, String> example = new LinkedHashMap<>();
                example.put("name", name.replace('-', ' '));
                example.put("query", new String(in.readAllBytes(), StandardCharsets.UTF_8));
                list.add(example);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        // Inside a <script> block no "<" may appear; JSON's \u003c means the same.
        return JsonMapper.builder().build().writeValueAsString(list).replace("<", "\\u003c");
    }
}
