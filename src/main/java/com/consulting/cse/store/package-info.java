/**
 * Persistence plumbing: the embedded MongoDB-compatible store used when no MongoDB URI is configured, and its health.
 */
package com.consulting.cse.store;
