# Writes the two long source texts of the format-parity fixtures into the folder given (make-fixtures.sh
# runs it): a municipal 实施意见 of 44 numbered items, each wrapping over several lines and ending in its
# department note, and a long 条例 whose articles cite other articles by number. Deterministic.
import sys

out = sys.argv[1]

depts = ["市发展改革委", "市财政局", "市政务服务局", "市司法局", "市市场监管局", "市人力社保局", "市住房城乡建设委",
         "市交通委", "市生态环境局", "市卫生健康委", "市教委", "市科委", "市商务局", "市大数据中心", "市税务局"]
cats = ["推进政务服务标准化", "推进政务服务规范化", "推进政务服务便利化", "提升线上办事能力", "优化线下服务体验",
        "强化组织保障"]
verbs = ["明确", "规范", "优化", "推行", "健全", "完善", "深化", "推动"]
objects = ["政务服务事项目录", "办事指南要素", "审批服务流程", "一网通办平台", "综合窗口服务", "电子证照应用",
           "好差评制度", "帮办代办服务", "跨区域通办机制", "数据共享交换", "投诉举报处理", "容缺受理制度"]
deadlines = ["2022年6月底前完成", "2022年12月底前完成", "2023年6月底前完成", "持续推进", "2023年底前完成"]
lines = ["某市人民政府办公厅关于加快推进政务服务标准化规范化便利化的实施意见",
         "各区人民政府，市政府各委、办、局，各市属机构：",
         "为深入贯彻落实党中央、国务院关于深化“放管服”改革、优化营商环境的决策部署，加快推进本市政务服务"
         "标准化、规范化、便利化，更好满足企业和群众办事需求，结合本市实际，提出如下实施意见。"]
n = 0
for c, cat in enumerate(cats):
    lines.append("一二三四五六"[c] + "、" + cat)
    for k in range(8 if c < 2 else 7):
        v = verbs[(n * 3) % len(verbs)]
        o = objects[(n * 5 + c) % len(objects)]
        lead = depts[(n * 7) % len(depts)]
        assist = "、".join(depts[(n * 7 + j * 4 + 1) % len(depts)] for j in range(1 + n % 3))
        body = (f"{n + 1}.{v}{o}。"
                f"围绕企业和群众办事的高频事项，{v}{o}的工作要求，逐项梳理事项名称、设定依据、受理条件、"
                f"申请材料和办理时限，做到同一事项在全市范围内无差别受理、同标准办理"
                + ("，并将梳理结果通过政务服务网和移动端同步向社会公布，接受企业和群众监督" if n % 2 else "")
                + ("；对涉及多个部门的事项，建立牵头部门统一受理、相关部门并联审批、限时办结的工作机制" if n % 3 == 1 else "")
                + "。")
        note = f"（牵头单位：{lead}；配合单位：{assist}；完成时限：{deadlines[n % len(deadlines)]}）"
        lines.append(body + note)
        n += 1
lines += ["某市人民政府办公厅", "2022年3月15日"]
assert n == 44
open(out + "/实施意见.txt", "w", encoding="utf-8").write("\n".join(lines) + "\n")

# A long code: each article cites earlier ones by number inside its sentences, so that in print many
# a wrapped line begins with a cited 第X条.
digits = "零一二三四五六七八九"
def cn(k):
    if k < 10: return digits[k]
    if k < 20: return "十" + (digits[k % 10] if k % 10 else "")
    if k < 100: return digits[k // 10] + "十" + (digits[k % 10] if k % 10 else "")
    rest = k % 100
    return digits[k // 100] + "百" + ("" if rest == 0 else ("零" + digits[rest] if rest < 10 else (
        "一十" + (digits[rest % 10] if rest % 10 else "") if rest < 20 else cn(rest))))
topics = ["规划编制", "用地管理", "建设工程", "历史风貌保护", "市政设施", "公共空间", "监督检查", "法律责任"]
code = ["某市城乡规划管理条例", "第一章 总则",
        "第一条 为了加强城乡规划管理，协调城乡空间布局，改善人居环境，促进经济社会全面协调可持续发展，根据有关法律、行政法规，结合本市实际，制定本条例。"]
a = 1
for ch, topic in enumerate(topics):
    code.append(f"第{cn(ch + 2)}章 {topic}")
    for k in range(40):
        a += 1
        cited = [max(1, a - 1 - (a * 7 + j * 13) % (a - 1 if a > 2 else 1)) for j in range(3)]
        sentence = (f"第{cn(a)}条 市和区规划资源主管部门应当依照本条例第{cn(cited[0])}条的规定，"
                    f"做好本行政区域内{topic}的组织实施工作，对符合本条例第{cn(cited[1])}条规定条件的申请，"
                    f"应当在规定期限内作出决定；不符合条件的，应当书面说明理由。有关单位和个人对决定不服的，"
                    f"可以依照本条例第{cn(cited[2])}条和有关法律、法规的规定申请行政复议或者提起行政诉讼。"
                    f"{topic}涉及公共利益的，主管部门应当组织听证，充分听取公众意见，并将处理结果向社会公开，"
                    f"接受社会监督，具体办法由市人民政府另行制定。")
        code.append(sentence)
code.append(f"第{cn(a + 1)}条 本条例自2023年1月1日起施行。")
open(out + "/城乡规划管理条例.txt", "w", encoding="utf-8").write("\n".join(code) + "\n")
