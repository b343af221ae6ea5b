/** The person's joined-up plan: what matters to them and their goals in their own words. */
package org.openneighbourhood.api.plan;
