/** The floor every stage stands on: Chinese numerals, character folding, the name table, article references (第X条之Y) and the measure of a text's quality, each written once. */
package cn.policyportal.text;
