/** Answers questions over the index: queries, highlighted snippets, facet counts and document views. */
package cn.policyportal.search;
