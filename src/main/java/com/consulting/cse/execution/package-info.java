/**
 * Execution records: one per execution of a journey, carrying the client it runs for and its steps,
 * completed in order.
 */
package com.consulting.cse.execution;
