/**
 * Journeys: the ordered steps a client goes through, converted from an approved artifact or created directly,
 * and their client-scoped execution.
 */
package com.consulting.cse.journey;
