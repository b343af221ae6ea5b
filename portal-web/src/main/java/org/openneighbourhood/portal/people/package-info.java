/**
 * Finding and registering the people a professional works with, and their plan: what matters to
 * them and their goals in their own words.
 */
package org.openneighbourhood.portal.people;
