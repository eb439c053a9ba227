/**
 * HTTP plumbing shared by every feature: problem details, paging, request limits and parameter rules.
 */
package com.consulting.cse.web;
