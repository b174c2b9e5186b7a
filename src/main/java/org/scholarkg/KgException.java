package org.scholarkg;

/**
 * The root of ScholarKG's unchecked exceptions; the command line maps each subclass to an exit code.
 */
public class KgException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public KgException(String message) {
        super(message);
    }

    public KgException(String message, Throwable cause) {
        super(message, cause);
    }
}
