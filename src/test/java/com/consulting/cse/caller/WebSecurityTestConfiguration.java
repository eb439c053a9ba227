package com.consulting.cse.caller;

import com.consulting.cse.web.Problems;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * What a {@code @WebMvcTest} slice lacks to run the API's real security and problem documents: the
 * package-private {@link SecurityConfiguration} and the {@link Problems} writer its handlers and the body
 * limit filter use.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ SecurityConfiguration.class, Problems.class })
public class WebSecurityTestConfiguration {

}
