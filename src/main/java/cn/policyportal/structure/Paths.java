package cn.policyportal.structure;

import java.util.HashSet;
import java.util.Set;

/**
 * Hands out unit paths such as {@code ch4/a16}, unique within a document: a number the source
 * repeats (two 第十条, two 一是 under one heading) gets a {@code ~2} suffix instead of a clash.
 */
final class Paths {

    private final Set<String> used = new HashSet<>();

    /** The path of a child with {@code segment} under {@code parent} ({@code null} for the top). */
    String child(String parent, String segment) {
        String base = parent == null ? segment : parent + "/" + segment;
        String path = base;
        for (int n = 2; !used.add(path); n++) {
            path = base + "~" + n;
        }
        return path;
    }
}
