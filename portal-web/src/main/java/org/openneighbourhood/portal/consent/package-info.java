/**
 * The person's agreement to share as forms ask for it: for how long (until the referral ends, until
 * a date, or for a year), read from the NHS.UK radios and date input that every form shows the
 * same.
 */
package org.openneighbourhood.portal.consent;
