/** The measures ledger: lists, statistics by dimension, exports, statuses as of a day with their store and backup, department corrections, and the supervision workflow of rounds, reports with evidence, assisting departments' notes, scorecards and the progress notice. */
package cn.policyportal.ledger;
