package org.scholarkg.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Bounds what a public request may send: a body over the limit is refused with 413 before anything reads
 * it (by {@code Content-Length}, or by reading at most limit + 1 bytes of a chunked body). The admin-only
 * Graph Store and Update endpoints are exempt: loading data is their job. A path and query string over
 * {@value #MAX_URI} characters is refused with 414; over-long headers are Jetty's to refuse (431).
 */
final class RequestLimits implements Filter {

    /** The longest path and query string accepted; longer SPARQL queries go in a POST body. */
    static final int MAX_URI = 16 * 1024;

    private final long maxBody;

    RequestLimits(long maxBody) {
        this.maxBody = maxBody;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        String path = request.getRequestURI();
        String query = request.getQueryString();
        if (path.length() + (query == null ? 0 : query.length()) > MAX_URI) {
            ((HttpServletResponse) resp).sendError(HttpServletResponse.SC_REQUEST_URI_TOO_LONG,
                    "request IRI over " + MAX_URI + " characters; send long queries with POST");
            return;
        }
        if (path.startsWith(KgServer.DATASET + "/data") || path.startsWith(KgServer.DATASET + "/update")
                || !"POST".equals(request.getMethod()) && !"PUT".equals(request.getMethod())) {
            chain.doFilter(req, resp);
            return;
        }
        long declared = request.getContentLengthLong();
        if (declared > maxBody) {
            tooLarge((HttpServletResponse) resp);
            return;
        }
        if (declared >= 0) {
            chain.doFilter(req, resp);
            return;
        }
        byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBody + 1));
        if (body.length > maxBody) {
            tooLarge((HttpServletResponse) resp);
            return;
        }
        chain.doFilter(new Buffered(request, body), resp);
    }

    private void tooLarge(HttpServletResponse resp) throws IOException {
        resp.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                "request body over " + maxBody + " bytes");
    }

    /** A request whose chunked body has been read into memory (it is within the limit). */
    private static final class Buffered extends HttpServletRequestWrapper {
        private final byte[] body;

        Buffered(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            InputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() throws IOException {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return body.length == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("blocking reads only");
                }
            };
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
