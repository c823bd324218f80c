/** The Lucene schema, analyzers, the incremental atomic indexer that writes the corpus, and the reading back of what it wrote. */
package cn.policyportal.index;
