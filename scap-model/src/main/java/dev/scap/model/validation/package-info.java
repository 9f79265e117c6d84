/** Validation of documents: problems with their rule codes and JSON Pointers, and reports of them. */
package dev.scap.model.validation;
