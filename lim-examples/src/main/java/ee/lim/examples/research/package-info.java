/** Short entry points for researchers in JShell; see {@link ee.lim.examples.research.Research}. */
package ee.lim.examples.research;
