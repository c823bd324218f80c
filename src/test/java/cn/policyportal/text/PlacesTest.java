package cn.policyportal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The place a rule is made for, as a table of real titles and enacting lines from the bench laws:
 * a local legislature or government in the lines wins, a national body makes the rule national
 * whatever its title names, and otherwise the title's opening place counts.
 */
class PlacesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        municipality by its legislature       | 北京市物业管理条例                 | 2020年3月27日 北京市第十五届人民代表大会常务委员会第二十次会议通过 | 北京市
        city rule named without 市            | 杭州西湖文化景观保护管理条例        | 2011年8月30日 杭州市第十一届人民代表大会常务委员会第三十四次会议通过;2011年11月25日 浙江省第十一届人民代表大会常务委员会第二十九次会议批准 | 杭州市
        promulgating standing committee       | 杭州市民用建筑节能条例              | 2014年8月29日 市十二届人大常委会第二十一次会议通过;2014年12月31日 杭州市人民代表大会常务委员会第36号公布 | 杭州市
        provincial government order           | 浙江省生产安全事故应急办法          | 浙江省人民政府令第410号 | 浙江省
        national body over a place in title   | 上海航运交易所管理规定              | 1996年10月3日 中华人民共和国交通部令第8号发布 | -
        national law naming local congresses  | 中华人民共和国全国人民代表大会和地方各级人民代表大会选举法 | 1979年7月1日第五届全国人民代表大会第二次会议通过 | -
        title naming a national law           | 北京市实施《中华人民共和国全国人民代表大会和地方各级人民代表大会代表法》办法 | - | 北京市
        title alone, province                 | 广西壮族自治区环境保护条例           | - | 广西壮族自治区
        title alone, city                     | 衢州市城市绿化条例                  | - | 衢州市
        special economic zone                 | 深圳经济特区矛盾纠纷多元化解条例      | - | 深圳市
        autonomous prefecture                 | 延边朝鲜族自治州朝鲜语言文字工作条例  | - | 延边朝鲜族自治州
        market is a word                      | 人力资源市场暂行条例                | - | -
        listed is a word                      | 非上市公众公司监督管理办法           | - | -
        commission order is national          | 上海证券交易所管理办法              | 中国证券监督管理委员会令第1号 | -
        administration order is national      | 北京冬奥会特许商品管理规定          | 国家市场监督管理总局令第9号 | -
        city with 门 in its name              | 江门市潭江流域水质保护条例          | - | 江门市
        city is a word                        | 城市市容和环境卫生管理条例           | - | -
        Hong Kong's Basic Law is national     | 香港特别行政区基本法                | - | -
        national law                          | 中华人民共和国慈善法                | 2016年3月16日第十二届全国人民代表大会第四次会议通过 | -
        State Council regulation              | 信访条例                           | 2005年1月10日国务院令第431号公布 | -
        an organisation's own rules           | 中国科学院党建工作督查实施办法      | - | -
        """)
    void theRuleIsMadeForThePlaceItsEnactorOrTitleNames(String name, String title, String lines, String place) {
        List<String> head = lines == null ? List.of(title) : concat(title, lines.split(";"));
        assertThat(Places.ofRule(title, head).orElse(null)).isEqualTo(place);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        a city by its short name       | 杭州养狗要登记吗                 | 杭州市
        a municipality in full         | 北京市的物业费不交会怎样          | 北京市
        an autonomous region, short    | 在广西开饭店要办什么证            | 广西壮族自治区
        no place                       | 慈善组织募捐需要什么条件          | -
        """)
    void aQuestionNamesAPlaceInFullOrByItsShortName(String name, String question, String place) {
        List<String> known = List.of("北京市", "杭州市", "广西壮族自治区", "浙江省", "沙县");
        assertThat(Places.named(question, known)).isEqualTo(place == null ? List.of() : List.of(place));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
        北京市              | 北京
        浙江省              | 浙江
        广西壮族自治区       | 广西
        宁夏回族自治区       | 宁夏
        延边朝鲜族自治州     | 延边
        沙县               | 沙县
        """)
    void aPlaceIsSaidWithoutItsEnding(String place, String said) {
        assertThat(Places.shortName(place)).isEqualTo(said);
    }

    private static List<String> concat(String title, String[] lines) {
        List<String> head = new java.util.ArrayList<>(List.of(title));
        head.addAll(Arrays.asList(lines));
        return head;
    }
}
