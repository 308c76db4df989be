/** Spring Integration support: a {@code LockRegistry} over CP fenced locks. */
package io.hzclient.spring.integration;
