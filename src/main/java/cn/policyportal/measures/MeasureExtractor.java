package cn.policyportal.measures;

import java.util.ArrayList;
import java.util.List;

import cn.policyportal.structure.DocumentStructure;

/** Finds every measure of a document, whichever of the three forms it uses. */
public final class MeasureExtractor {

    private MeasureExtractor() {
    }

    /**
     * The measures of a document.
     *
     * @param paragraphs all its paragraphs (conventions such as 排在第一位的部门为牵头部门 are read from them)
     * @param tables     its tables, each a list of rows of cells
     */
    public static List<Measure> of(String docId, DocumentStructure structure, List<String> paragraphs,
                                   List<List<List<String>>> tables, Departments departments) {
        List<Measure> measures = new ArrayList<>(PlanMeasures.of(docId, structure, departments));
        if (structure.form() != DocumentStructure.Form.PLAN) {
            measures.addAll(InlineMeasures.of(docId, structure, paragraphs, departments));
        }
        measures.addAll(TableMeasures.of(docId, tables, departments));
        return measures;
    }
}
