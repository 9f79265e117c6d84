/** How the testkit assembles documents and breaks them; not part of its API. */
package dev.scap.testkit.internal;
