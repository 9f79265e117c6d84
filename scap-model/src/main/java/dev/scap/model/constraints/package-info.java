/** Bean Validation constraints for the rules of the SCAP format that a single value or object can check. */
package dev.scap.model.constraints;
