/**
 * How organisations stand to a person: the care team (who is involved, since when, until when) and
 * the person's consent to share (with which organisation, what, recorded by whom, until when,
 * withdrawn when). The access policy reads both on every request.
 */
package org.openneighbourhood.api.relationship;
