/** MicroProfile Health: liveness, and readiness that checks the database answers. */
package org.openneighbourhood.api.health;
