/**
 * The portal's configuration keys, their local defaults, and the start-up check that refuses bad
 * values so a misconfigured deployment fails instead of half-working.
 */
package org.openneighbourhood.portal.configuration;
