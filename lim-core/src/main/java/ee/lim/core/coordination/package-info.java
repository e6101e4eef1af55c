/**
 * Case coordination: the case service, consent evaluation, the access policy that guards every read
 * or change of personal data, the hash-chained audit trail, and in-memory stores.
 *
 * <p>The acting user is passed explicitly with every call as an {@link
 * ee.lim.core.coordination.AccessContext}; nothing is kept in thread-locals.
 */
package ee.lim.core.coordination;
