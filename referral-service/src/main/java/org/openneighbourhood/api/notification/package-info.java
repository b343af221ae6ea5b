/**
 * E-mail notifications, sent through an outbox: a notification is written in the same transaction
 * as the change it tells of (so none is lost and none is sent for a change that was rolled back),
 * then sent by whichever instance claims it first. Messages hold a link to the portal and never
 * health details or anything that identifies the person.
 */
package org.openneighbourhood.api.notification;
