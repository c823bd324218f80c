package cn.policyportal.structure;

/** What a structural unit is; decides how it is labelled, nested and shown. */
public enum UnitKind {
    /** The 关于印发…的通知 that wraps the document proper. */
    NOTICE,
    /** Text before the first heading. */
    PREAMBLE,
    /** 抄送, 印发 lines and the like after the body. */
    COLOPHON,
    /** One article of a newspaper page that holds several. */
    PIECE,
    /** A headline standing between newspaper pieces. */
    HEADLINE,
    PART,
    CHAPTER,
    SECTION,
    ARTICLE,
    /** 款: a paragraph of an article. */
    CLAUSE,
    /** 项: （一）（二） inside an article. */
    ITEM,
    /** 目: 1. 2. inside an item. */
    SUBITEM,
    /** A heading level of a report: 一、 （一） 1. （1） 一是. */
    OUTLINE,
    /** A category heading of a work plan. */
    CATEGORY,
    /** A task of a work plan, with its field lines. */
    TASK,
    /** A numbered proposal or sub-item inside a task. */
    TASK_ITEM,
    /** A paragraph of a document with no recognisable structure. */
    PARAGRAPH;

    /** Whether units of this kind are shown in a table of contents. */
    public boolean inOutline() {
        return this != CLAUSE && this != ITEM && this != SUBITEM && this != TASK_ITEM && this != PARAGRAPH;
    }
}
