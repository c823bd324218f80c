/** Resolves clause references (《X》第N条, 第四章, 2018年…法第二十条) to the document and unit they name, matching titles and picking versions. */
package cn.policyportal.clause;
