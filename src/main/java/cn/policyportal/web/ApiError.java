package cn.policyportal.web;

import java.util.List;

/**
 * The one error shape of the API: {@code {"error":{"code":"…","message":"…"}}}.
 *
 * @param error what went wrong
 */
public record ApiError(Body error) {

    /**
     * @param code        stable machine-readable code such as {@code invalid_query}
     * @param message     Chinese sentence a person can act on
     * @param suggestions what exists near what was asked for, such as the closest titles; may be absent
     */
    public record Body(String code, String message, List<String> suggestions) {
    }

    static ApiError of(String code, String message) {
        return new ApiError(new Body(code, message, null));
    }

    static ApiError of(String code, String message, List<String> suggestions) {
        return new ApiError(new Body(code, message, suggestions.isEmpty() ? null : suggestions));
    }
}
