/**
 * Artifacts: a solution or journey designed for a client, moving draft, review, approved and implemented,
 * with an audit trail of every step.
 */
package com.consulting.cse.artifact;
