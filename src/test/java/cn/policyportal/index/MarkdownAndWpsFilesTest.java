package cn.policyportal.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.policyportal.FixtureFiles;
import cn.policyportal.Seeds;
import cn.policyportal.ingest.DocumentReader;
import cn.policyportal.ingest.IngestException;
import cn.policyportal.ingest.IngestedDocument;

/** A seed typed up in Markdown and a Word 97 file saved under WPS's .wps name read as the seed. */
class MarkdownAndWpsFilesTest {

    private static final DocumentReader READER = new DocumentReader(10_000_000);

    @TempDir
    Path dir;

    @Test
    void aSeedInMarkdownHasTheArticlesOfTheSeedWordForWord() throws Exception {
        Path md = FixtureFiles.markdown(dir.resolve("党建工作督查实施办法（试行）.md"), Seeds.SUPERVISION_RULES);
        assertThat(Files.readString(md)).contains("# 第一章 总 则", "**第一条** 目的依据");

        Map<String, String> expected = WordProcessorFilesTest.articles(Seeds.SUPERVISION_RULES.path());
        assertThat(WordProcessorFilesTest.articles(md)).isEqualTo(expected);
        IngestedDocument doc = READER.read(dir, md);
        assertThat(doc.mediaType()).isEqualTo("text/markdown");
        assertThat(doc.metadata().title()).isEqualTo("党建工作督查实施办法（试行）");
        assertThat(doc.paragraphs()).contains("第一章 总则").noneMatch(p -> p.contains("**") || p.startsWith("#"));
    }

    @Test
    void aWordFileSavedUnderAWpsNameIsReadAsWord() throws Exception {
        Path wps = Files.copy(FixtureFiles.SUPERVISION_RULES_DOC, dir.resolve("党建工作督查实施办法（试行）.wps"));

        assertThat(READER.read(dir, wps).mediaType()).isEqualTo("application/msword");
        assertThat(WordProcessorFilesTest.articles(wps))
                .isEqualTo(WordProcessorFilesTest.articles(Seeds.SUPERVISION_RULES.path()));
    }

    @Test
    void aWpsFileThatIsNotAWordFileIsRefusedSayingWhatItShouldBe() throws Exception {
        for (Path wps : List.of(Files.writeString(dir.resolve("文本.wps"), "第一条 这不是WPS文件。", StandardCharsets.UTF_8),
                Files.copy(FixtureFiles.docx(dir.resolve("新版.docx"), List.of("第一条 另存的新格式"), List.of()),
                        dir.resolve("新版.wps")))) {
            assertThatThrownBy(() -> READER.read(dir, wps)).as(wps.toString())
                    .isInstanceOfSatisfying(IngestException.class,
                            e -> assertThat(e.reason()).isEqualTo(IngestException.Reason.UNSUPPORTED))
                    .hasMessageContaining("WPS").hasMessageContaining(".doc");
        }
    }
}
