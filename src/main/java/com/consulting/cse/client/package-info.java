/**
 * The consultancy's clients (admin-managed, active or suspended) and the rule deciding which client a
 * deployment or execution runs for.
 */
package com.consulting.cse.client;
