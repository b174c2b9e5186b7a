package org.scholarkg;

/** A setting or option that cannot work, e.g. a base IRI that is not absolute. */
public class KgConfigException extends KgException {
    private static final long serialVersionUID = 1L;

    public KgConfigException(String message) {
        super(message);
    }
}
