/** Sample service catalogues in HSDS 3 form, bundled with the {@code hsds} plugin. */
package ee.lim.plugin.hsds.catalogues;
