package org.scholarkg.bench;

import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.rio.RDFHandler;
import org.eclipse.rdf4j.rio.helpers.AbstractRDFHandler;

/** Counts the statements on their way to another handler; passes statements only. */
final class StatementCount extends AbstractRDFHandler {

    private final RDFHandler out;
    private long count;

    StatementCount(RDFHandler out) {
        this.out = out;
    }

    @Override
    public void handleStatement(Statement st) {
        out.handleStatement(st);
        count++;
    }

    long count() {
        return count;
    }
}
