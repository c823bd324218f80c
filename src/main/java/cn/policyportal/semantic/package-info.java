/**
 * Meaning: the embedded sentence model, the embedding cache, the vector index beside the lexical one and the background job that fills it.
 */
package cn.policyportal.semantic;
