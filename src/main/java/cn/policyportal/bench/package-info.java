/**
 * The benchmark: indexing against the analyzer bound, queries over HTTP against ripgrep, start-up,
 * memory, and measures statistics at scale, each measured against its baseline in the same run.
 */
package cn.policyportal.bench;
