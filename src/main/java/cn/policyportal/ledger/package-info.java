/** The measures ledger: lists, statistics by dimension, exports, statuses as of a day, and the SQLite store of recorded changes with its backup. */
package cn.policyportal.ledger;
