package cn.policyportal.snapshot;

import java.util.List;

/** Something asked for (a document, an article, a clause) that the index does not hold. */
public final class NotFoundException extends RuntimeException {

    private final List<String> suggestions;

    public NotFoundException(String message) {
        this(message, List.of());
    }

    /** @param suggestions nearby things that do exist, such as the closest document titles */
    public NotFoundException(String message, List<String> suggestions) {
        super(message);
        this.suggestions = List.copyOf(suggestions);
    }

    public List<String> suggestions() {
        return suggestions;
    }
}
