package cn.policyportal.web;

/**
 * The one error shape of the API: {@code {"error":{"code":"…","message":"…"}}}.
 *
 * @param error what went wrong
 */
public record ApiError(Body error) {

    /**
     * @param code    stable machine-readable code such as {@code invalid_query}
     * @param message Chinese sentence a person can act on
     */
    public record Body(String code, String message) {
    }

    static ApiError of(String code, String message) {
        return new ApiError(new Body(code, message));
    }
}
