package org.scholarkg.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs one line per request: method, path, status and milliseconds. */
final class RequestLog implements Filter {

    private static final Logger LOG = LoggerFactory.getLogger("org.scholarkg.web.Request");

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        long start = System.nanoTime();
        int status = 0;
        try {
            chain.doFilter(req, resp);
            status = ((HttpServletResponse) resp).getStatus();
        } catch (IOException | ServletException | RuntimeException e) {
            // The container answers 500 after we return; say so, not the 200 the response still holds.
            status = HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
            throw e;
        } finally {
            HttpServletRequest request = (HttpServletRequest) req;
            LOG.info("{} {} {} {} ms", request.getMethod(), request.getRequestURI(), status,
                    (System.nanoTime() - start) / 1_000_000);
        }
    }
}
