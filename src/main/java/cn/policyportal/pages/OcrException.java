package cn.policyportal.pages;

/** A scan that OCR could not turn into text, with a Chinese message a person can act on. */
public final class OcrException extends Exception {

    /** Why, in the terms the reader of files reports. */
    public enum Kind {
        /** More pages or pixels than OCR takes on. */
        TOO_LARGE,
        /** The image cannot be decoded, or a PDF page cannot be drawn. */
        CORRUPT,
        /** OCR read the pages and found no text in them. */
        NO_TEXT,
        /** Tesseract failed, took too long, or was interrupted. */
        FAILED
    }

    private final Kind kind;

    OcrException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    OcrException(Kind kind, String message, Throwable cause) {
        this(kind, message);
        initCause(cause);
    }

    public Kind kind() {
        return kind;
    }
}
