/** The read layer: the index's searcher lifecycle and one snapshot of it, with its stored documents and each feature's memoised views. */
package cn.policyportal.snapshot;
