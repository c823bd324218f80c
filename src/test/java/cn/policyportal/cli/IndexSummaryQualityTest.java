package cn.policyportal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import cn.policyportal.text.TextQuality;

/** {@code bin/portal index} prints each indexed file's text quality and its warning in its summary. */
class IndexSummaryQualityTest {

    @Test
    void theSummaryPrintsEachFilesFiguresAndWarning() {
        Map<String, TextQuality> quality = new TreeMap<>(Map.of(
                "a.txt", TextQuality.of("第一条 为了加强督查工作，制定本办法。", 1, 2, null, 0, 0, null),
                "b.pdf", TextQuality.of("短", 0, 0, 20, 0, 0, null),
                "c.png", TextQuality.of("巡视工作协作配合实施办法", 0, 0, 1, 0, 1, 91.4)));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        IndexCommand.printQuality(quality, new PrintStream(bytes, true, StandardCharsets.UTF_8));

        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("""
                文字质量：3个文件，1个有警告（带警告的文件已索引，可以检索）
                  a.txt  18字，汉字占89%，可疑字符0，修复空格行1，合并行2
                  b.pdf  1字，汉字占100%，可疑字符0，修复空格行0，合并行0，20页（无文字0页）
                    警告：文字比页数少得多：20页只提取出1字（每页不到100字），可能有页面是图片或扫描页；请核对原文件，换用文字版文件，或把整份扫描件（不含文字层）上传由OCR识别。
                  c.png  12字，汉字占100%，可疑字符0，修复空格行0，合并行0，1页（无文字0页），OCR识别1页，平均置信度91%
                """);
    }
}
