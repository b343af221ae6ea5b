/**
 * What every page shares: the NHS.UK layout's display formats (dates, NHS numbers) and the small
 * Faces plumbing pages use to read plain inputs and answer "not found".
 */
package org.openneighbourhood.portal.layout;
