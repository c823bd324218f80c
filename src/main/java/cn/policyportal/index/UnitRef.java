package cn.policyportal.index;

import java.util.List;

import cn.policyportal.structure.DocumentStructure;

/**
 * Where in a document something is: a unit's path, label, title and the headings above it.
 *
 * @param path    such as {@code ch4/a16}
 * @param label   such as 第十六条
 * @param title   such as 目的依据, or {@code null}
 * @param parents such as [第四章 整改督办]
 */
public record UnitRef(String path, String label, String title, List<String> parents) {

    public UnitRef {
        parents = List.copyOf(parents);
    }

    public static UnitRef of(DocumentStructure.Located located) {
        return new UnitRef(located.unit().path(), located.unit().label(), located.unit().title(),
                located.parentHeadings());
    }
}
