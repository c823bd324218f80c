package cn.policyportal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The search box's grammar as a table. The parsed query is written back compactly so that a row
 * states all of it: each group in brackets with its alternatives split by {@code |}, then
 * {@code -excluded}, {@code title:term}, and the filters as {@code field=value} in field order; a
 * phrase keeps its quotes.
 */
class QueryTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", textBlock = """
        empty input                           => ''                                   => ''
        only spaces                           => '   '                                => ''
        null                                  =>                                      => ''
        one word                              => 巡视整改                              => [巡视整改]
        words must all occur                  => 巡视 整改 督查                         => [巡视] [整改] [督查]
        ideographic space separates words     => 巡视　整改                             => [巡视] [整改]
        OR between words                      => 巡视 OR 整改                           => [巡视|整改]
        或 between words                      => 巡视 或 整改 督查                      => [巡视|整改] [督查]
        bar between words                     => 巡视 | 整改                            => [巡视|整改]
        two OR groups                         => 巡视 OR 督查 整改 或 落实               => [巡视|督查] [整改|落实]
        OR chains three words                 => 巡视 OR 督查 OR 审计                    => [巡视|督查|审计]
        OR at the end is dropped              => 巡视 OR                                => [巡视]
        OR at the start is dropped            => OR 巡视                                => [巡视]
        lower-case or is a word               => 巡视 or 整改                           => [巡视] [or] [整改]
        AND is ignored                        => 巡视 AND 整改                          => [巡视] [整改]
        且 is ignored                         => 巡视 且 整改                           => [巡视] [整改]
        minus excludes                        => 巡视 -线索                             => [巡视] -线索
        minus excludes a phrase               => 巡视 -"问题 线索"                       => [巡视] -"问题 线索"
        a lone minus is text                  => 巡视 -                                 => [巡视] [-]
        quoted phrase with a space            => "问题线索 移交" 督查                    => ["问题线索 移交"] [督查]
        curly quotes make a phrase            => “问题线索”                             => ["问题线索"]
        full-width quotes make a phrase       => ＂问题线索＂                            => ["问题线索"]
        empty quotes are nothing              => "" 巡视                                => [巡视]
        title term                            => title:实施办法 巡视                     => [巡视] title:实施办法
        title phrase                          => title:"督查 实施办法"                   => title:"督查 实施办法"
        title without a value is text         => title:                                 => [title:]
        every filter                          => type:办法 issuer:中国科学院 year:2021 dept:人事局 巡视 => [巡视] dept=人事局 issuer=中国科学院 type=办法 year=2021
        quoted filter value                   => type:"规范性 文件"                      => type=规范性 文件
        a later filter replaces an earlier    => year:2020 year:2021                    => year=2021
        a full-width colon filters too        => type：办法 巡视                          => [巡视] type=办法
        filter without a value is text        => type:                                  => [type:]
        unknown field is text                 => foo:bar                                => [foo:bar]
        stray closing bracket is text         => 巡视)                                  => [巡视)]
        stray opening bracket is text         => (巡视 整改                              => [(巡视] [整改]
        book-title marks are text             => 《党建工作督查实施办法（试行）》          => [《党建工作督查实施办法（试行）》]
        unpaired quote at the end is dropped  => 巡视"                                  => [巡视]
        unpaired quote at the start           => "巡视 整改                             => [巡视] [整改]
        three quotes pair the first two       => "巡视 整改" 督查"                       => ["巡视 整改"] [督查]
        """)
    void parsesTheGrammar(String name, String input, String expected) {
        assertThat(render(QueryText.parse(input))).isEqualTo(expected);
    }

    private static String render(QueryText query) {
        List<String> parts = new ArrayList<>();
        query.groups().forEach(group -> parts.add(
                group.stream().map(QueryTextTest::render).collect(Collectors.joining("|", "[", "]"))));
        query.excluded().forEach(term -> parts.add("-" + render(term)));
        query.title().forEach(term -> parts.add("title:" + render(term)));
        query.filters().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(filter -> parts.add(filter.getKey() + "=" + filter.getValue()));
        return String.join(" ", parts);
    }

    private static String render(QueryText.Term term) {
        return term.phrase() ? "\"" + term.text() + "\"" : term.text();
    }
}
