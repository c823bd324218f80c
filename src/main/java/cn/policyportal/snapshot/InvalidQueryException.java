package cn.policyportal.snapshot;

/** A request the search layer cannot answer as asked; the message tells the person what to change. */
public final class InvalidQueryException extends RuntimeException {

    public InvalidQueryException(String message) {
        super(message);
    }

    public InvalidQueryException(String message, Throwable cause) {
        super(message, cause);
    }
}
