package org.scholarkg;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Input that cannot be read as ScholarKG records or RDF; carries every problem found, each with its
 * file, line, column and record.
 */
public class KgInputException extends KgException {
    private static final long serialVersionUID = 1L;

    private final transient List<InputProblem> problems;

    public KgInputException(List<InputProblem> problems) {
        super(problems.stream().map(InputProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public KgInputException(InputProblem problem) {
        this(List.of(problem));
    }

    /** The problems in the order they were found. */
    public List<InputProblem> problems() {
        return problems;
    }
}
