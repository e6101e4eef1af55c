/**
 * The public API of the UCI plugin: access to the bundled copy of the UCI Student Performance file
 * {@code student-por.csv} (CC BY 4.0; P. Cortez and A. Silva, FUBUTEC 2008).
 */
package ee.lim.plugin.uci;
