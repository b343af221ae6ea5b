/** Pages of the platform admin: the neighbourhood's partner organisations, and onboarding one. */
package org.openneighbourhood.portal.platform;
