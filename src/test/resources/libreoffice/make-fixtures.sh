#!/usr/bin/env bash
# Remakes the fixtures of this folder with LibreOffice, the real tool a user's office would use to save
# a Word 97-2003 .doc or print a PDF. Run from the repository root; needs the Debian package
# libreoffice-writer-nogui. The fixtures are committed, so the tests do not need LibreOffice.
set -euo pipefail
here="src/test/resources/libreoffice"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Seeds with 章/条 structure, as a Word file and as PDFs: the tests compare them with the UTF-8 seeds.
# LibreOffice wraps the PDF's lines at the page width and draws curly quotes in a fallback font.
rules="党建工作督查实施办法（试行）"
inspection="中共中国科学院党组巡视工作协作配合实施办法（试行）"
cp "corpus/$rules.txt" "corpus/$inspection.txt" "$work/"
text_filter="Text (encoded):UTF8,LF,,,"
soffice --headless --infilter="$text_filter" --convert-to "doc:MS Word 97" --outdir "$here" "$work/$rules.txt"
soffice --headless --infilter="$text_filter" --convert-to pdf --outdir "$here" "$work/$rules.txt" "$work/$inspection.txt"

# The rules seed in three columns, as a newspaper page sets text: extraction must keep each column whole.
python3 - "corpus/$rules.txt" > "$work/$rules（三栏）.html" <<'PY'
import html, sys
lines = [l.strip() for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
print('<html><head><meta charset="utf-8"></head><body><multicol cols="3">'
      + "".join("<p>%s</p>" % html.escape(l) for l in lines) + "</multicol></body></html>")
PY
soffice --headless --infilter="HTML (StarWriter)" --convert-to pdf --outdir "$here" "$work/$rules（三栏）.html"

# The plan seed printed over many pages with a running head and page numbers, as an office's template does.
plan="中共中国科学院党组贯彻落实习近平总书记在两院院士大会上重要讲话和大会精神重点工作分工方案"
python3 - "corpus/$plan.txt" > "$work/分工方案（页眉页码）.html" <<'PY'
import html, sys
lines = [l.strip() for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
print('<html><head><meta charset="utf-8"></head><body>'
      '<div title="header"><p align="center">中国科学院文件</p></div>'
      + "".join("<p>%s</p>" % html.escape(l) for l in lines)
      + '<div title="footer"><p align="center">— <sdfield type=PAGE subtype=RANDOM format=PAGE>1</sdfield> —</p></div>'
      "</body></html>")
PY
soffice --headless --infilter="HTML (StarWriter)" --convert-to pdf --outdir "$here" "$work/分工方案（页眉页码）.html"

# A 分工表 with cells merged over rows and columns (the page beside this script), saved from Word.
merged="分工表（合并单元格）"
soffice --headless --infilter="HTML (StarWriter)" --convert-to docx --outdir "$here" "$here/$merged.html"
soffice --headless --infilter="HTML (StarWriter)" --convert-to "doc:MS Word 97" --outdir "$here" "$here/$merged.html"

# The plan seed with each paragraph indented two characters, as a 公文 is set, printed to PDF.
python3 - "corpus/$plan.txt" > "$work/分工方案（首行缩进）.txt" <<'PY'
import sys
for line in open(sys.argv[1], encoding="utf-8"):
    if line.strip():
        print("\u3000\u3000" + line.strip())
PY
soffice --headless --infilter="$text_filter" --convert-to pdf --outdir "$here" "$work/分工方案（首行缩进）.txt"

# A measures plan kept in a Word table, the rows of OtherFormsTest.TABLE.
cat > "$work/分工表.html" <<'HTML'
<html><head><meta charset="utf-8"><title>重点任务分工表</title></head><body>
<p>重点任务分工表</p>
<table border="1">
<tr><td>序号</td><td>任务</td><td>牵头单位</td><td>配合单位</td><td>完成时限</td></tr>
<tr><td>一、制度建设</td><td></td><td></td><td></td><td></td></tr>
<tr><td>1</td><td>修订科研经费管理办法</td><td>条件保障与财务局</td><td>监督与审计局、前沿科学与教育局</td><td>2022年6月底前</td></tr>
<tr><td>2</td><td>建立特聘研究岗位制度</td><td>人事局</td><td>条件保障与财务局</td><td>持续推进</td></tr>
<tr><td>二、队伍建设</td><td></td><td></td><td></td><td></td></tr>
<tr><td>3</td><td>举办青年干部培训班</td><td>院人事局</td><td></td><td>2021年年底前</td></tr>
</table>
</body></html>
HTML
soffice --headless --infilter="HTML (StarWriter)" --convert-to "doc:MS Word 97" --outdir "$here" "$work/分工表.html"

# The same plan table printed to PDF and saved as .docx.
soffice --headless --infilter="HTML (StarWriter)" --convert-to pdf --outdir "$here" "$work/分工表.html"
soffice --headless --infilter="HTML (StarWriter)" --convert-to docx --outdir "$here" "$work/分工表.html"

# A larger 分工表 whose task and department cells wrap over several lines, with a lead department merged
# over two tasks, saved as .docx and printed to PDF: the PDF's ruled table must give the Word file's rows.
cat > "$work/分工表（多行单元格）.html" <<'HTML'
<html><head><meta charset="utf-8"><title>2023年重点任务分工表</title></head><body>
<p>2023年重点任务分工表</p>
<table border="1">
<tr><td width="8%">序号</td><td width="44%">重点任务</td><td width="16%">牵头单位</td><td width="18%">配合单位</td><td width="14%">完成时限</td></tr>
<tr><td colspan="5">一、深化科技体制改革</td></tr>
<tr><td>1</td><td>修订完善院属单位科研经费管理办法，扩大科研人员经费使用自主权，简化预算编制和调剂程序，建立以信任为前提的经费管理机制，减轻科研人员事务性负担。</td><td>条件保障与财务局</td><td>监督与审计局、前沿科学与教育局、重大科技任务局</td><td>2023年6月底前完成</td></tr>
<tr><td>2</td><td>健全科技成果转移转化工作体系，完善知识产权管理和成果转化收益分配制度，推动一批重大科技成果在重点行业和区域落地应用。</td><td rowspan="2">科技促进发展局</td><td>条件保障与财务局、国际合作局</td><td>2023年12月底前完成</td></tr>
<tr><td>3</td><td>开展院属单位科技评价改革试点，建立以创新质量、绩效和贡献为导向的分类评价体系，破除唯论文、唯职称、唯学历、唯奖项倾向。</td><td>人事局、发展规划局</td><td>持续推进</td></tr>
<tr><td colspan="5">二、加强人才队伍建设</td></tr>
<tr><td>4</td><td>实施青年人才培养专项计划，在重大科技任务中设立青年科学家项目，支持青年科研人员挑大梁、当主角，完善青年人才稳定支持机制。</td><td>人事局</td><td>前沿科学与教育局、各分院分党组</td><td>2023年9月底前完成</td></tr>
<tr><td>5</td><td>加强干部教育培训，举办年轻干部特训班和科技管理骨干进修班，提升干部推动高质量发展的能力。</td><td>院人事局</td><td>中科院党校</td><td>2023年年底前完成</td></tr>
<tr><td>6</td><td>完善国际人才引进和服务保障机制，优化外籍人才来华工作许可和居留办理流程，营造具有国际竞争力的人才发展环境。</td><td>国际合作局</td><td>人事局、条件保障与财务局</td><td>持续推进</td></tr>
</table>
</body></html>
HTML
soffice --headless --infilter="HTML (StarWriter)" --convert-to docx --outdir "$here" "$work/分工表（多行单元格）.html"
soffice --headless --infilter="HTML (StarWriter)" --convert-to pdf --outdir "$here" "$work/分工表（多行单元格）.html"

# Two long texts of the format-parity test, written by make-sources.py beside this script: a municipal
# 实施意见 of 44 numbered items, each wrapping over several lines and ending in its department note, and
# a 条例 of 322 articles citing each other by number. Each is kept as text and saved as .docx, .doc and PDF.
python3 "$here/make-sources.py" "$here"
for name in 实施意见 城乡规划管理条例; do
    soffice --headless --infilter="$text_filter" --convert-to docx --outdir "$here" "$here/$name.txt"
    soffice --headless --infilter="$text_filter" --convert-to "doc:MS Word 97" --outdir "$here" "$here/$name.txt"
done
soffice --headless --infilter="$text_filter" --convert-to pdf --outdir "$here" "$here/实施意见.txt"

# The 实施意见 set in two columns, where a department unit repeats on many a column line.
python3 - "$here/实施意见.txt" > "$work/实施意见（两栏）.html" <<'PY'
import html, sys
lines = [l.strip() for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
print('<html><head><meta charset="utf-8"></head><body><multicol cols="2">'
      + "".join("<p>%s</p>" % html.escape(l) for l in lines) + "</multicol></body></html>")
PY
soffice --headless --infilter="HTML (StarWriter)" --convert-to pdf --outdir "$here" "$work/实施意见（两栏）.html"

# The 条例 printed in 20 pt type, 120 pages: many a wrapped line then begins with a cited 第X条.
python3 - "$here/城乡规划管理条例.txt" > "$work/城乡规划管理条例.html" <<'PY'
import html, sys
lines = [l.strip() for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
print('<html><head><meta charset="utf-8"><style>p { font-size: 20pt; margin: 0 0 6pt 0; }</style></head><body>'
      + "".join("<p>%s</p>" % html.escape(l) for l in lines) + "</body></html>")
PY
soffice --headless --infilter="HTML (StarWriter)" --convert-to pdf --outdir "$here" "$work/城乡规划管理条例.html"
