/**
 * JMH benchmarks of scap, each against plain Jackson databind in the same run, and a run that
 * streams a document larger than the heap.
 */
package dev.scap.bench;
