/**
 * Finds the structure of a document's paragraphs: 编/章/节/条/款/项/目 of regulations, the outline
 * levels of reports, the category → task hierarchy of work plans, newspaper pieces, the wrapping
 * notice, and the abbreviations and citations in the text. Pure functions over paragraphs.
 */
package cn.policyportal.structure;
