/**
 * Deployment records: one per deployment of a solution, carrying the client it ran for and how it ended.
 */
package com.consulting.cse.deployment;
