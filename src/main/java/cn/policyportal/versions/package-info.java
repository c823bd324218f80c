/** The rules over time: which documents are versions or parts of one rule, and each one's validity (现行有效, 已修改, 已废止, 尚未生效) from its text or an admin's override. */
package cn.policyportal.versions;
