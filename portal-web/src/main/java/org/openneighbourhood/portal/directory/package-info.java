/**
 * The service directory in the portal: referrers find services by words, category and distance; an
 * organisation's admin keeps its entries true.
 */
package org.openneighbourhood.portal.directory;
