package cn.policyportal.web;

import cn.policyportal.accounts.Refusal;
import cn.policyportal.ingest.DocumentReader;
import cn.policyportal.ingest.IngestException;
import cn.policyportal.ledger.EvidenceCheck;
import cn.policyportal.ledger.Upload;

/**
 * Checks evidence as uploaded documents are checked: a PDF or Word file is read through the same
 * reader (so an empty, encrypted, corrupt or zip-bomb file is refused with its reason), and every
 * file must start with its format's signature, since the reader would take a text renamed .pdf for
 * text. A scanned PDF without text is still evidence.
 */
final class UploadCheck implements EvidenceCheck {

    private final DocumentReader reader;

    UploadCheck(DocumentReader reader) {
        this.reader = reader;
    }

    @Override
    public void check(Upload upload) {
        String name = upload.name().toLowerCase(java.util.Locale.ROOT);
        byte[] bytes = upload.bytes();
        if (name.matches(".*\\.(png|jpe?g|gif)")) {
            if (!isImage(bytes)) {
                throw refused(upload, "文件内容不是图片");
            }
            return;
        }
        boolean signed = name.endsWith(".pdf") ? startsWith(bytes, '%', 'P', 'D', 'F')
                : name.endsWith(".docx") ? startsWith(bytes, 'P', 'K', 3, 4)
                : startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0);
        if (!signed) {
            throw refused(upload, IngestException.Reason.CORRUPT.label());
        }
        try {
            reader.extract(upload.name(), bytes);
        } catch (IngestException e) {
            if (e.reason() != IngestException.Reason.NO_TEXT) {
                throw refused(upload, e.reason().label());
            }
        }
    }

    private static boolean isImage(byte[] b) {
        return startsWith(b, 0x89, 'P', 'N', 'G') || startsWith(b, 0xFF, 0xD8, 0xFF) || startsWith(b, 'G', 'I', 'F', '8');
    }

    private static boolean startsWith(byte[] bytes, int... signature) {
        if (bytes.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((bytes[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }

    private static Refusal refused(Upload upload, String reason) {
        return Refusal.unprocessable("佐证材料“" + upload.name() + "”未保存：" + reason);
    }
}
