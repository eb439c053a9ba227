package com.consulting.cse;

/**
 * The flows against the embedded store, as the quickstart runs.
 */
class EmbeddedFlowTests extends FlowTests {

}
