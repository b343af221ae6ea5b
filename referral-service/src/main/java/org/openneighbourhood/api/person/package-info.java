/** People supported by the neighbourhood, identified by a Modulus 11 checked NHS number. */
package org.openneighbourhood.api.person;
