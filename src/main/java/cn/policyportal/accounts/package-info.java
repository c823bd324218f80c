/** Who may do what and who did what: the portal's SQLite database, accounts with Argon2id passwords and roles, login sessions, and the audit log of every write. */
package cn.policyportal.accounts;
