/** The {@code lim} command line: {@code run}, {@code evaluate} and {@code plugins}. */
package ee.lim.examples.cli;
