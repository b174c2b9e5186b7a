package org.scholarkg;

/**
 * One thing wrong with an input: where, which record (e.g. {@code paper 'p9'}, may be empty) and what.
 *
 * <p>Formatted as {@code data/groups/jegelka.yaml:14:7: paper 'p9': author list is empty}.
 */
public record InputProblem(InputLocation location, String record, String message) {

    @Override
    public String toString() {
        return record == null || record.isEmpty()
                ? location + ": " + message
                : location + ": " + record + ": " + message;
    }
}
