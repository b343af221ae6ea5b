/** Every configuration key of this war, and the start-up check that refuses bad values. */
package org.openneighbourhood.api.configuration;
