/** The floor every stage stands on: Chinese numerals, character folding, the name table and article references (第X条之Y), each written once. */
package cn.policyportal.text;
