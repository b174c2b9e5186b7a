package org.scholarkg.web.pages;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The page templates ({@code org/scholarkg/web/templates/*.mustache} in the jar), compiled once and reused
 * by every request. Mustache escapes HTML in every {@code {{value}}}; only values the pages build themselves
 * (the JSON-LD block) use the unescaped form.
 */
public final class Templates {

    private final DefaultMustacheFactory factory = new DefaultMustacheFactory("org/scholarkg/web/templates");
    private final Map<String, Mustache> compiled = new ConcurrentHashMap<>();

    /** Compiles the named templates now, so a broken template fails at start, not on a request. */
    public Templates(String... names) {
        for (String name : names) {
            compiled.put(name, factory.compile(name + ".mustache"));
        }
    }

    /** Renders a template with a model of maps, lists and strings. */
    public String render(String name, Map<String, Object> model) {
        Mustache mustache = compiled.computeIfAbsent(name, n -> factory.compile(n + ".mustache"));
        StringWriter out = new StringWriter();
        mustache.execute(out, model);
        return out.toString();
    }
}
