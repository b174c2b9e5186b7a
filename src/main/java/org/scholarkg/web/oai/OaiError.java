package org.scholarkg.web.oai;

/** An OAI-PMH error condition: its code ({@code badArgument}, ...) and a message for people. */
public final class OaiError extends Exception {

    private static final long serialVersionUID = 1L;
    private final String code;

    public OaiError(String code, String message) {
        super(message);
        this.code = code;
    }

    /** The protocol's error code. */
    public String code() {
        return code;
    }
}
