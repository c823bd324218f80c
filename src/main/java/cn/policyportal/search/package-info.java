/** Full-text search: the query grammar, Lucene queries over words, bigrams and characters, snippets, facets and search-quality evaluation. */
package cn.policyportal.search;
