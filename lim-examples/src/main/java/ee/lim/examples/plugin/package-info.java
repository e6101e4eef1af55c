/**
 * An example plugin for plugin authors: {@link ee.lim.examples.plugin.FailingGradesRulePack}, a
 * one-rule {@link ee.lim.spi.IndicatorRulePack}. See {@code docs/plugin-guide.md}.
 */
package ee.lim.examples.plugin;
