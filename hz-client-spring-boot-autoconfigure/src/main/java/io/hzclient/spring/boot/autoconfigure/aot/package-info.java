/**
 * AOT and native-image support: the reflection hints of what the client reflects on, contributed while Spring
 * processes the application ahead of time ({@code META-INF/spring/aot.factories}).
 */
package io.hzclient.spring.boot.autoconfigure.aot;
