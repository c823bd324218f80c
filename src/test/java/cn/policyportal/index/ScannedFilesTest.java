package cn.policyportal.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.policyportal.FixtureFiles;
import cn.policyportal.Seeds;
import cn.policyportal.ingest.DocumentReader;
import cn.policyportal.ingest.IngestException;
import cn.policyportal.ingest.IngestedDocument;

/**
 * Scans read by OCR (Tesseract with chi_sim, which bin/setup-test-env installs): LibreOffice's PDF
 * of a seed rasterised at 200 dpi, as a scanner would see the printed pages.
 */
class ScannedFilesTest {

    private static final DocumentReader READER = new DocumentReader(10_000_000);
    private static final Seeds SEED = Seeds.INSPECTION_RULES;

    @TempDir
    Path dir;

    @Test
    @Tag("slow")
    void aScannedNoticeGivesItsArticlesAndArticleSixteenAlmostWordForWord() throws Exception {
        List<BufferedImage> pages = FixtureFiles.pageImages(FixtureFiles.libreOfficePdf(SEED), 200);
        Path scan = FixtureFiles.imagePdf(dir.resolve("扫描件.pdf"), pages);

        long start = System.nanoTime();
        IngestedDocument doc = READER.read(dir, scan);
        System.out.printf("OCR of %d pages: %.1f s, mean confidence %.1f%n", pages.size(),
                (System.nanoTime() - start) / 1e9, doc.ocr().meanConfidence());

        assertThat(doc.ocr().pages()).isEqualTo(pages.size());
        Map<String, String> expected = WordProcessorFilesTest.articles(SEED.path());
        Map<String, String> found = WordProcessorFilesTest.articles(doc);
        long kept = expected.keySet().stream().filter(found::containsKey).count();
        assertThat(kept * 100).as("articles found: %d of %d", kept, expected.size())
                .isGreaterThanOrEqualTo(expected.size() * 95L);
        assertThat(similarity(found.get("第十六条"), expected.get("第十六条"))).isGreaterThanOrEqualTo(0.95);
    }

    /**
     * LibreOffice's PDF of the seed with its second page (第十条 to 第二十六条) swapped for a 200 dpi scan
     * of it, as when a signed or annotated page is scanned back into a printed file: the scanned
     * page, which once was skipped, is read by OCR in its place, the text pages keep their text layer.
     */
    @Test
    @Tag("slow")
    void aScannedPageInsideATextPdfIsReadByOcrInItsPlace() throws Exception {
        Path printed = FixtureFiles.libreOfficePdf(SEED);
        BufferedImage second = FixtureFiles.pageImages(printed, 200).get(1);
        Path mixed = dir.resolve("夹有扫描页.pdf");
        try (PDDocument source = Loader.loadPDF(printed.toFile());
                PDDocument scan = Loader.loadPDF(FixtureFiles.imagePdf(dir.resolve("第二页.pdf"), List.of(second)).toFile());
                PDDocument out = new PDDocument()) {
            out.importPage(source.getPage(0));
            out.importPage(scan.getPage(0));
            for (int i = 2; i < source.getNumberOfPages(); i++) {
                out.importPage(source.getPage(i));
            }
            out.save(mixed.toFile());
        }

        IngestedDocument doc = READER.read(dir, mixed);

        assertThat(doc.ocr().pages()).isEqualTo(1);
        assertThat(doc.quality().pagesWithoutText()).isZero();
        Map<String, String> expected = WordProcessorFilesTest.articles(SEED.path());
        Map<String, String> found = WordProcessorFilesTest.articles(doc);
        assertThat(found.keySet()).containsAll(List.of("第一条", "第十条", "第十六条", "第二十六条", "第三十一条"));
        assertThat(found.get("第一条")).as("a text page").isEqualTo(expected.get("第一条"));
        assertThat(similarity(found.get("第十六条"), expected.get("第十六条"))).isGreaterThanOrEqualTo(0.95);
        long kept = expected.keySet().stream().filter(found::containsKey).count();
        assertThat(kept * 100).as("articles found: %d of %d", kept, expected.size())
                .isGreaterThanOrEqualTo(expected.size() * 95L);
    }

    @Test
    void aPngOfTheFirstPageIsReadWithItsTitle() throws Exception {
        BufferedImage first = FixtureFiles.pageImages(FixtureFiles.libreOfficePdf(SEED), 200).get(0);

        IngestedDocument doc = READER.fromBytes("第一页.png", png(first));

        assertThat(doc.mediaType()).isEqualTo("image/png");
        assertThat(doc.ocr().pages()).isEqualTo(1);
        assertThat(doc.ocr().meanConfidence()).isGreaterThan(80);
        assertThat(String.join("", doc.paragraphs())).contains("巡视工作协作配合实施办法");
    }

    /** The heading of the first page as a JPEG photo, and its first two heading lines as a two-page TIFF. */
    @Test
    void aJpegAndAMultiPageTiffAreRead() throws Exception {
        BufferedImage first = FixtureFiles.pageImages(FixtureFiles.libreOfficePdf(SEED), 200).get(0);
        BufferedImage heading = first.getSubimage(0, 150, first.getWidth(), 300);

        IngestedDocument jpeg = READER.fromBytes("红头.jpg", encode(heading, "jpeg"));
        assertThat(jpeg.mediaType()).isEqualTo("image/jpeg");
        assertThat(String.join("", jpeg.paragraphs())).contains("中共中国科学院党组文件");

        ByteArrayOutputStream tiff = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(tiff)) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            writer.writeToSequence(new IIOImage(first.getSubimage(0, 150, first.getWidth(), 120), null, null), null);
            writer.writeToSequence(new IIOImage(first.getSubimage(0, 390, first.getWidth(), 80), null, null), null);
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
        IngestedDocument pages = READER.fromBytes("两页.tif", tiff.toByteArray());
        assertThat(pages.mediaType()).isEqualTo("image/tiff");
        assertThat(pages.ocr().pages()).isEqualTo(2);
        assertThat(String.join("", pages.paragraphs())).contains("中共中国科学院党组文件", "关于印发");
    }

    /**
     * LibreOffice's PDF whose fonts' ToUnicode maps were removed (first page only, to keep it quick):
     * its text layer is garbage, so its pages are read by OCR.
     */
    @Test
    void aPdfWhoseFontsMapToNoCharactersIsReadByOcr() throws Exception {
        Path stripped = dir.resolve("无编码.pdf");
        try (PDDocument pdf = Loader.loadPDF(FixtureFiles.libreOfficePdf(SEED).toFile())) {
            while (pdf.getNumberOfPages() > 1) {
                pdf.removePage(pdf.getNumberOfPages() - 1);
            }
            for (COSName name : pdf.getPage(0).getResources().getFontNames()) {
                pdf.getPage(0).getResources().getFont(name).getCOSObject().removeItem(COSName.TO_UNICODE);
            }
            pdf.save(stripped.toFile());
        }
        IngestedDocument doc = READER.read(dir, stripped);
        assertThat(doc.ocr().pages()).isEqualTo(1);
        assertThat(WordProcessorFilesTest.articles(doc)).containsKeys("第一条", "第二条", "第三条");
    }

    @Test
    void anImageThatIsNoDocumentIsRefusedSayingNoTextWasFound() throws Exception {
        BufferedImage noise = new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(5);
        for (int y = 0; y < noise.getHeight(); y++) {
            for (int x = 0; x < noise.getWidth(); x++) {
                noise.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        assertThatThrownBy(() -> READER.fromBytes("噪点.png", png(noise)))
                .isInstanceOfSatisfying(IngestException.class,
                        e -> assertThat(e.reason()).isEqualTo(IngestException.Reason.NO_TEXT))
                .hasMessageContaining("OCR在图片中没有识别出文字");
    }

    @Test
    void aScanOverThePageCapIsRefusedBeforeAnyPageIsRead() throws Exception {
        Path blank = FixtureFiles.imagePdf(dir.resolve("空白扫描.pdf"), Collections.nCopies(6, null));
        assertThatThrownBy(() -> new DocumentReader(10_000_000, 5).read(dir, blank))
                .isInstanceOfSatisfying(IngestException.class,
                        e -> assertThat(e.reason()).isEqualTo(IngestException.Reason.TOO_LARGE))
                .hasMessage("文件超过大小上限：扫描件共6页，超过OCR页数上限5页（PORTAL_MAX_OCR_PAGES）");
    }

    private static byte[] png(BufferedImage image) throws Exception {
        return encode(image, "png");
    }

    private static byte[] encode(BufferedImage image, String format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    /** 1 minus the edit distance over the longer length, by characters. */
    static double similarity(String a, String b) {
        if (a == null || b == null) {
            return 0;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return 1 - (double) previous[b.length()] / Math.max(1, Math.max(a.length(), b.length()));
    }
}
