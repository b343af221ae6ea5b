/**
 * What goes wrong, shown in plain words: form errors in the NHS.UK error summary pattern, and the
 * friendly pages for expired sessions, missing records and failures.
 */
package org.openneighbourhood.portal.problem;
