package cn.policyportal.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Checks a ZIP package before a library unpacks it to disk: that it is a ZIP at all, holds the part
 * that makes it its format, stays inside its folder, and does not inflate far beyond its own size.
 * The sizes are counted while inflating, not read from the headers, which a bomb can fake.
 */
final class ZipGuard {

    /** The reason given for a compression bomb, here and for the ones Tika's parsers catch. */
    static final String BOMB = "疑似压缩炸弹：解压后的内容远大于文件本身";

    /** Inflating more than a hundredfold is what POI, and so Tika, takes for a bomb. */
    private static final int MAX_RATIO = 100;
    /** Below this much inflated content no ratio is a danger. */
    private static final long RATIO_GRACE_BYTES = 10L << 20;
    /** Whatever its ratio, a package never inflates to more than this. */
    private static final long MAX_INFLATED_BYTES = 1L << 30;
    private static final int MAX_ENTRIES = 10_000;

    private ZipGuard() {
    }

    /**
     * @param requiredEntry the part every file of the format has, such as {@code OFD.xml}
     * @param format        the format's name, for the message
     * @throws IngestException when the bytes are no ZIP, lack the part, or are a bomb
     */
    static void check(byte[] bytes, String requiredEntry, String format) throws IngestException {
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K' || bytes[2] != 3 || bytes[3] != 4) {
            throw new IngestException(IngestException.Reason.CORRUPT, "不是" + format + "文件：" + format + "文件是ZIP包，这个文件不是");
        }
        long limit = Math.min(MAX_INFLATED_BYTES, Math.max(RATIO_GRACE_BYTES, (long) bytes.length * MAX_RATIO));
        boolean found = false;
        long inflated = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw new IngestException(IngestException.Reason.TOO_LARGE, format + "包内的文件超过" + MAX_ENTRIES + "个");
                }
                String name = entry.getName().replace('\\', '/');
                if (name.startsWith("/") || ("/" + name + "/").contains("/../")) {
                    throw new IngestException(IngestException.Reason.CORRUPT, format + "包内有指向包外的路径：" + name);
                }
                found |= name.equalsIgnoreCase(requiredEntry) || name.equalsIgnoreCase("/" + requiredEntry);
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    inflated += n;
                    if (inflated > limit) {
                        throw new IngestException(IngestException.Reason.TOO_LARGE, BOMB);
                    }
                }
            }
        } catch (IOException e) {
            throw new IngestException(IngestException.Reason.CORRUPT, format + "的ZIP包已损坏", e);
        }
        if (!found) {
            throw new IngestException(IngestException.Reason.CORRUPT, "ZIP包中没有" + requiredEntry + "，不是" + format + "文件");
        }
    }
}
