/**
 * Rules for the free-form JSON the API stores (artifact content, definitions, run contexts): what is
 * accepted, how a journey's steps look, and the canonical digest of content.
 */
package com.consulting.cse.content;
