/**
 * Finds the measures (举措/任务) of work plans and opinions — who leads, who assists, by when — in
 * field lines, inline parentheses and tables; normalises deadlines and department names; reads
 * the progress counts that rectification reports state. Pure functions over structure and text.
 */
package cn.policyportal.measures;
