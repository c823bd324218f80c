package cn.policyportal.snapshot;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The permanent links of the portal's pages. */
public final class Links {

    private Links() {
    }

    /** The page of a document. */
    public static String document(String docId) {
        return "/doc/" + docId;
    }

    /** The page of a document opened at a unit: articles have /a/N links, other units an anchor. */
    public static String unit(String docId, String path) {
        String last = path.substring(path.lastIndexOf('/') + 1);
        if (last.matches("a\\d+(-\\d+)?")) {
            return document(docId) + "/a/" + last.substring(1);
        }
        return document(docId) + "#" + URLEncoder.encode(path, StandardCharsets.UTF_8);
    }
}
