/**
 * The person's personalised care and support plan as the care team and the person see and change
 * it: about me, goals and actions, notes, review, contingency, wellbeing, commitments and history.
 */
package org.openneighbourhood.portal.plan;
