/**
 * Solutions: what to deploy, converted from an approved artifact or created directly, and their client-scoped
 * deployment.
 */
package com.consulting.cse.solution;
