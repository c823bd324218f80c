package cn.policyportal.search;

/** Something asked for by id (a document, later an article) that the index does not hold. */
public final class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
