package org.scholarkg.web;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Fuseki's query service with this server's limits: a query without {@code LIMIT}, or with a larger one,
 * is answered with at most {@code cap} rows (solutions, for CONSTRUCT and DESCRIBE), and every query is
 * stopped after the timeout (set on the request's own context, so servers sharing a dataset keep their
 * own limits).
 */
final class CappedQueryService extends SPARQL_QueryDataset {

    private final long cap;
    private final String timeoutMillis;

    CappedQueryService(long cap, java.time.Duration timeout) {
        this.cap = cap;
        this.timeoutMillis = Long.toString(timeout.toMillis());
    }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        action.getContext().set(org.apache.jena.query.ARQ.queryTimeout, timeoutMillis);
        Pair<DatasetGraph, Query> decided = super.decideDataset(action, query, queryStringLog);
        Query q = decided.getRight();
        if (!q.isAskType() && (!q.hasLimit() || q.getLimit() > cap)) {
            q.setLimit(cap);
        }
        return decided;
    }
}
