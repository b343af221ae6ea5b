/**
 * The Kubernetes manifests of {@code deployment/kubernetes}: checked against the Kubernetes API's
 * model and the operators' CRDs, and against each other, without a cluster.
 */
package org.openneighbourhood.deployment.kubernetes;
