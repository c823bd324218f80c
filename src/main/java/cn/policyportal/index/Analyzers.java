package cn.policyportal.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;

/** The analyzers shared by indexing and searching, so that both see the same tokens. */
public final class Analyzers {

    private Analyzers() {
    }

    /**
     * The analyzer for Chinese text fields: SmartChineseAnalyzer's dictionary word segmentation,
     * which keeps multi-character words such as 问题线索 → 问题 + 线索 so that phrase queries work.
     * Thread-safe, and its dictionary loads once per JVM.
     */
    public static Analyzer chinese() {
        return new SmartChineseAnalyzer();
    }
}
