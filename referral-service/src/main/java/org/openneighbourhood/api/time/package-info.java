/** Time as the domain counts it: England's zone, used by every feature that names a day. */
package org.openneighbourhood.api.time;
