/**
 * Finds, with pure functions over structure and text, the measures (举措/任务) of work plans and
 * opinions — who leads, who assists, by when — in field lines, inline notes and tables, with their
 * deadlines and department names normalised, and the progress counts rectification reports state.
 */
package cn.policyportal.measures;
