package org.scholarkg.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.modify.request.UpdateWithUsing;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;

/**
 * Fuseki's update service with the protocol's client errors answered as such: a POST without a
 * Content-Type is refused (Fuseki would run it), and {@code using-graph-uri}/{@code using-named-graph-uri}
 * together with {@code USING}, {@code USING NAMED} or {@code WITH} in the request is 400 (Fuseki answers 500
 * over a transactional dataset such as TDB2).
 */
final class CheckedUpdateService extends SPARQL_Update {

    private static final String PARSE_BASE = "http://server/unset-base/";

    @Override
    public void validate(HttpAction action) {
        if ("POST".equals(action.getRequestMethod()) && action.getRequestContentType() == null) {
            ServletOps.errorBadRequest("No Content-Type: send application/sparql-update or "
                    + "application/x-www-form-urlencoded");
        }
        super.validate(action);
    }

    @Override
    protected void execute(HttpAction action, InputStream input) {
        boolean protocolDataset = action.getRequestParameter("using-graph-uri") != null
                || action.getRequestParameter("using-named-graph-uri") != null;
        if (!protocolDataset) {
            super.execute(action, input);
            return;
        }
        byte[] body;
        try {
            body = input.readAllBytes();
        } catch (IOException e) {
            ServletOps.errorBadRequest("cannot read the update: " + e.getMessage());
            return;
        }
        try {
            UpdateRequest request = UpdateFactory.create(new String(body, StandardCharsets.UTF_8), PARSE_BASE);
            for (Update update : request.getOperations()) {
                if (update instanceof UpdateWithUsing u
                        && (u.getWithIRI() != null || !u.getUsing().isEmpty() || !u.getUsingNamed().isEmpty())) {
                    ServletOps.errorBadRequest("using-graph-uri or using-named-graph-uri present where the update "
                            + "has USING, USING NAMED or WITH");
                }
            }
        } catch (QueryParseException e) {
            // The update service reports syntax errors itself.
        }
        super.execute(action, new ByteArrayInputStream(body));
    }
}
