/**
 * {@code Idempotency-Key} handling for requests that start work. A keyed request's record gets an id derived
 * from the user, the route and the key, so the store's unique {@code _id} index makes a retry find the first
 * record instead of writing a second one, across restarts and instances.
 */
package com.consulting.cse.idempotency;
