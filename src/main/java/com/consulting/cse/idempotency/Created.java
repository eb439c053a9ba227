package com.consulting.cse.idempotency;

import java.net.URI;

/**
 * A resource a request created: where it lives and what the caller is shown.
 */
public record Created<T>(URI location, T body) {
}
