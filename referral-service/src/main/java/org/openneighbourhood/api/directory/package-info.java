/** The directory of services that organisations offer, with their declared capacity. */
package org.openneighbourhood.api.directory;
