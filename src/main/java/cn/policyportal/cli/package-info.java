/** Command-line entry points ({@code serve}, {@code index}) and the configuration they share. */
package cn.policyportal.cli;
