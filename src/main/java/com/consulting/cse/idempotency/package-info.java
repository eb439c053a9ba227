/**
 * {@code Idempotency-Key} handling for requests that start work, remembered in MongoDB so that it holds
 * across restarts and instances.
 */
package com.consulting.cse.idempotency;
