package cn.policyportal.accounts;

/**
 * A request the portal refuses for a reason the person can act on: not logged in, not allowed,
 * in conflict with what is recorded, too large, or not acceptable as given. The web layer maps
 * each kind to its HTTP status once.
 */
public final class Refusal extends RuntimeException {

    /** Why, with the HTTP status the web layer gives it. */
    public enum Kind {
        INVALID(400, "bad_request"),
        UNAUTHORIZED(401, "unauthorized"),
        FORBIDDEN(403, "forbidden"),
        LOCKED(403, "locked"),
        NOT_FOUND(404, "not_found"),
        CONFLICT(409, "conflict"),
        TOO_LARGE(413, "too_large"),
        UNPROCESSABLE(422, "unprocessable");

        private final int status;
        private final String code;

        Kind(int status, String code) {
            this.status = status;
            this.code = code;
        }

        public int status() {
            return status;
        }

        public String code() {
            return code;
        }
    }

    private final Kind kind;

    public Refusal(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    public static Refusal invalid(String message) {
        return new Refusal(Kind.INVALID, message);
    }

    public static Refusal forbidden(String message) {
        return new Refusal(Kind.FORBIDDEN, message);
    }

    public static Refusal conflict(String message) {
        return new Refusal(Kind.CONFLICT, message);
    }

    public static Refusal unprocessable(String message) {
        return new Refusal(Kind.UNPROCESSABLE, message);
    }
}
