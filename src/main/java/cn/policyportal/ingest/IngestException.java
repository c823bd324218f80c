package cn.policyportal.ingest;

/**
 * A file that cannot be turned into a document, with a reason a person can act on.
 *
 * <p>The {@link Reason} is stable for programs and reports; the message is Chinese text for the
 * people who maintain the corpus.
 */
public final class IngestException extends Exception {

    /** Why a file was refused. */
    public enum Reason {
        EMPTY("文件为空"),
        TOO_LARGE("文件超过大小上限"),
        UNSUPPORTED("不支持的文件类型"),
        BINARY("文件内容不是文本"),
        ENCRYPTED("文件已加密，无法读取"),
        CORRUPT("文件已损坏，无法解析"),
        NO_TEXT("文件中没有可提取的文字"),
        UNREADABLE("文件无法读取");

        private final String label;

        Reason(String label) {
            this.label = label;
        }

        /** A short Chinese description of the reason. */
        public String label() {
            return label;
        }

        /** The lower-case code used in JSON and summaries, such as {@code too_large}. */
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final Reason reason;

    public IngestException(Reason reason, String detail) {
        super(detail == null || detail.isBlank() ? reason.label() : reason.label() + "：" + detail);
        this.reason = reason;
    }

    public IngestException(Reason reason, String detail, Throwable cause) {
        this(reason, detail);
        initCause(cause);
    }

    public Reason reason() {
        return reason;
    }
}
