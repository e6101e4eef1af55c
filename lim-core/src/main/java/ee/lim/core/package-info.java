/**
 * The LIM engine: {@link ee.lim.core.Engine} and its builder, which load plugins explicitly or
 * through {@link java.util.ServiceLoader}.
 */
package ee.lim.core;
