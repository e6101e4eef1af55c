/**
 * Features of a student as of a date, computed only from observations dated before it. They cover
 * attendance over recent windows, the study period and the school year, the weekly attendance
 * trend, grades, credits, behaviour, enrolment history, support and measurements. {@link
 * ee.lim.core.features.FeatureNames} lists every name with its category and unit.
 */
package ee.lim.core.features;
