/**
 * The trainable risk model: L2-regularised logistic regression with Platt calibration ({@link
 * ee.lim.core.model.LogisticRegressionProvider}, provider id {@code logistic}), the encoding of
 * student attributes, and the builder of training sets from a cohort.
 */
package ee.lim.core.model;
