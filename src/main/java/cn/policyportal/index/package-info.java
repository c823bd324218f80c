/** The Lucene schema, analyzers and the incremental, atomic indexer that writes the corpus to disk. */
package cn.policyportal.index;
