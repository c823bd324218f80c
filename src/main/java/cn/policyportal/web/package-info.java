/** The HTTP face of the portal: one table of Javalin routes, thin handlers and one error shape. */
package cn.policyportal.web;
