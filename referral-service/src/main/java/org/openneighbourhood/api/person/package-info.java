/**
 * People supported by the neighbourhood, identified by a Modulus 11 checked NHS number, with their
 * address and safeguarding notes, shown only as the access policy's field rows allow.
 */
package org.openneighbourhood.api.person;
