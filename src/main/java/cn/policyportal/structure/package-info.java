/**
 * Finds, with pure functions over paragraphs, the structure of a document: 编/章/节/条/款/项/目 of
 * regulations, the outline levels of reports, the category → task hierarchy of work plans, newspaper
 * pieces, the wrapping notice, and the abbreviations and citations in the text.
 */
package cn.policyportal.structure;
