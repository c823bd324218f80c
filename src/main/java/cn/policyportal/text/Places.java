package cn.policyportal.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The places local rules are made for: the provinces by name, and cities, prefectures and counties
 * by the way their names are written (two or three characters before 市, 县, 自治州 or 盟).
 *
 * <p>Hong Kong and Macao are left out on purpose: their Basic Laws and garrison laws are national
 * laws, and a title that starts with 香港特别行政区 is not a local rule.
 */
public final class Places {

    /** The provinces, municipalities and autonomous regions, as their rules name them. */
    static final List<String> PROVINCES = List.of(
            "北京市", "天津市", "上海市", "重庆市", "河北省", "山西省", "辽宁省", "吉林省",
            "黑龙江省", "江苏省", "浙江省", "安徽省", "福建省", "江西省", "山东省", "河南省",
            "湖北省", "湖南省", "广东省", "海南省", "四川省", "贵州省", "云南省", "陕西省",
            "甘肃省", "青海省", "台湾省", "内蒙古自治区", "广西壮族自治区", "西藏自治区",
            "宁夏回族自治区", "新疆维吾尔自治区");

    /**
     * A city, prefecture or county at the start of a title: 杭州市…, 延边朝鲜族自治州…; 市场, 城市 and
     * 上市 (非上市公众公司…) are words, not places. 深圳经济特区… is the city of 深圳.
     */
    private static final Pattern LOCAL_TITLE = Pattern.compile(
            "^(?:([\\p{IsHan}&&[^市省县]]{1,2}[\\p{IsHan}&&[^市省县上超股夜菜楼]])(市|县|盟)(?!场)|([\\p{IsHan}&&[^市省县]]{2,8}自治[州县])"
                    + "|([\\p{IsHan}&&[^市省县]]{2})经济特区)");
    /** A local legislature or government enacting a rule: 杭州市第十一届人民代表大会常务委员会, 浙江省人民政府令. */
    private static final Pattern LOCAL_ENACTOR = Pattern.compile(
            "([\\p{IsHan}&&[^年月日届第]]{2,10}?(?:省|市|自治区|自治州|县))(?:(?:第\\p{IsHan}{1,4}届)?人民代表大会|人民政府令|人民政府公告)");
    /** An enacting line of a national body: such a rule is national whatever its title names. */
    private static final Pattern NATIONAL_ENACTOR = Pattern.compile(
            "全国人民代表大会|国务院|中华人民共和国\\p{IsHan}{1,12}令|最高人民法院|最高人民检察院|\\p{IsHan}{1,10}部令"
                    + "|(?:中国|国家)\\p{IsHan}{1,12}令|海关总署令");

    private static final Pattern AUTONOMOUS = Pattern.compile("自治[区州县]$");
    /** The peoples an autonomous place is named for, after its own name (黔东南苗族侗族自治州). */
    private static final String PEOPLES = "(?:(?:壮|回|藏|朝鲜|土家|苗|彝|布依|侗|哈尼|傣|白|景颇|傈僳|蒙古|羌|黎|瑶|畲|满"
            + "|纳西|怒|独龙|普米|拉祜|佤|仡佬|土|撒拉|东乡|保安|裕固|锡伯|达斡尔|鄂温克|鄂伦春|毛南|仫佬|水|京|哈萨克"
            + "|柯尔克孜)族?|维吾尔)+$";

    private Places() {
    }

    /**
     * The place a rule is made for, from its title and the lines before its body (enacting and
     * promulgating lines; the title itself, which may cite a national body, is passed over): a local
     * legislature or government named there, else a place the title starts with; empty for a
     * national rule or one that names no place.
     */
    public static Optional<String> ofRule(String title, List<String> head) {
        for (String line : head) {
            if (line.equals(title)) {
                continue;
            }
            Matcher local = LOCAL_ENACTOR.matcher(line);
            if (local.find()) {
                return Optional.of(local.group(1));
            }
            if (NATIONAL_ENACTOR.matcher(line).find()) {
                return Optional.empty();
            }
        }
        return title == null ? Optional.empty() : atStart(title);
    }

    /** The place {@code title} starts with (北京市物业管理条例 → 北京市), if any. */
    static Optional<String> atStart(String title) {
        for (String province : PROVINCES) {
            if (title.startsWith(province)) {
                return Optional.of(province);
            }
        }
        Matcher m = LOCAL_TITLE.matcher(title);
        if (!m.find()) {
            return Optional.empty();
        }
        if (m.group(1) != null) {
            return Optional.of(m.group(1) + m.group(2));
        }
        return Optional.of(m.group(3) != null ? m.group(3) : m.group(4) + "市");
    }

    /**
     * The name people say for a place: 北京 for 北京市, 广西 for 广西壮族自治区, 延边 for 延边朝鲜族自治州;
     * a name of one character once its ending is gone (沙县) is said whole.
     */
    public static String shortName(String place) {
        String bare = AUTONOMOUS.matcher(place).find()
                ? AUTONOMOUS.matcher(place).replaceFirst("").replaceFirst(PEOPLES, "")
                : place.replaceFirst("(省|市|县|盟)$", "");
        return bare.codePointCount(0, bare.length()) >= 2 ? bare : place;
    }

    /** The places of {@code known} that {@code text} names, in full or by their short name. */
    public static List<String> named(String text, Collection<String> known) {
        List<String> named = new ArrayList<>();
        for (String place : known) {
            if (text.contains(shortName(place))) {
                named.add(place);
            }
        }
        return named;
    }
}
