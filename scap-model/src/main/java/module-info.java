/**
 * The SCAP domain model: cities, Smart City Action Plans, focus areas, themes and taxonomies,
 * projects, organizations and partners, and the validation of every rule of the SCAP format.
 */
@SuppressWarnings("module") // the modules named below are built after this one
module dev.scap.model {
  requires transitive jakarta.validation;
  requires org.hibernate.validator;

  exports dev.scap.model;
  exports dev.scap.model.constraints;
  exports dev.scap.model.validation;
  exports dev.scap.model.internal to dev.scap.io;

  // Hibernate Validator reads constraint-carrying fields and creates the validators by
  // reflection. Opening to it by name would not compile: it is not read at compile time.
  opens dev.scap.model;
  opens dev.scap.model.internal.constraints;
}
