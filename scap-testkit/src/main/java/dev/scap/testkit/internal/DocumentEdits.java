package dev.scap.testkit.internal;

import dev.scap.model.City;
import dev.scap.model.FocusArea;
import dev.scap.model.Organization;
import dev.scap.model.Partner;
import dev.scap.model.Plan;
import dev.scap.model.Project;
import dev.scap.model.ScapDocument;
import dev.scap.model.Target;
import dev.scap.model.Taxonomy;
import dev.scap.model.Theme;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

/** Copies of a document with one object changed, and ids that a document does not use. */
public final class DocumentEdits {

  private DocumentEdits() {}

  /**
   * Returns a copy of a list with one element changed.
   *
   * @param <T> the element type
   * @param list the list
   * @param index the element's index
   * @param change the change
   * @return the copy
   */
  public static <T> List<T> replace(List<T> list, int index, UnaryOperator<T> change) {
    List<T> copy = new ArrayList<>(list);
    copy.set(index, change.apply(list.get(index)));
    return copy;
  }

  /**
   * Returns a copy of a list with one element more at its end.
   *
   * @param <T> the element type
   * @param list the list
   * @param element the element
   * @return the copy
   */
  public static <T> List<T> append(List<T> list, T element) {
    List<T> copy = new ArrayList<>(list);
    copy.add(element);
    return copy;
  }

  /**
   * Changes one taxonomy.
   *
   * @param document the document
   * @param t the taxonomy's index
   * @param change the change
   * @return the changed copy
   */
  public static ScapDocument withTaxonomy(
      ScapDocument document, int t, UnaryOperator<Taxonomy> change) {
    return document.toBuilder().taxonomies(replace(document.taxonomies(), t, change)).build();
  }

  /**
   * Changes the themes of one taxonomy.
   *
   * @param document the document
   * @param t the taxonomy's index
   * @param change the change to its list of themes
   * @return the changed copy
   */
  public static ScapDocument withThemes(
      ScapDocument document, int t, UnaryOperator<List<Theme>> change) {
    return withTaxonomy(document, t, taxonomy -> new Taxonomy(taxonomy.id(), taxonomy.name(),
        change.apply(taxonomy.themes()), taxonomy.extensions()));
  }

  /**
   * Changes one theme.
   *
   * @param document the document
   * @param t the taxonomy's index
   * @param i the theme's index in the taxonomy
   * @param change the change
   * @return the changed copy
   */
  public static ScapDocument withTheme(
      ScapDocument document, int t, int i, UnaryOperator<Theme> change) {
    return withThemes(document, t, themes -> replace(themes, i, change));
  }

  /**
   * Changes one city.
   *
   * @param document the document
   * @param i the city's index
   * @param change the change
   * @return the changed copy
   */
  public static ScapDocument withCity(ScapDocument document, int i, UnaryOperator<City> change) {
    return document.toBuilder().cities(replace(document.cities(), i, change)).build();
  }

  /**
   * Changes one organization.
   *
   * @param document the document
   * @param i the organization's index
   * @param change the change
   * @return the changed copy
   */
  public static ScapDocument withOrganization(
      ScapDocument document, int i, UnaryOperator<Organization> change) {
    return document.toBuilder()
        .organizations(replace(document.organizations(), i, change)).build();
  }

  /**
   * Changes one plan.
   *
   * @param document the document
   * @param p the plan's index
   * @param change the change
   * @return the changed copy
   */
  public static ScapDocument withPlan(ScapDocument document, int p, UnaryOperator<Plan> change) {
    return document.toBuilder().plans(replace(document.plans(), p, change)).build();
  }

  /**
   * Changes the focus areas of one plan.
   *
   * @param document the document
   * @param p the plan's index
   * @param change the change to its list of focus areas
   * @return the changed copy
   */
  public static ScapDocument withFocusAreas(
      ScapDocument document, int p, UnaryOperator<List<FocusArea>> change) {
    return withPlan(document, p,
        plan -> plan.toBuilder().focusAreas(change.apply(plan.focusAreas())).build());
  }

  /**
   * Changes one focus area.
   *
   * @param document the document
   * @param p the plan's index
   * @param j the focus area's index in the plan
   * @param change the change
   * @return the changed copy
   */
  public static ScapDocument withFocusArea(
      ScapDocument document, int p, int j, UnaryOperator<FocusArea> change) {
    return withFocusAreas(document, p, focusAreas -> replace(focusAreas, j, change));
  }

  /**
   * Changes one target.
   *
   * @param document the document
   * @param p the plan's index
   * @param k the target's index in the plan
   * @param change the change
   * @return the changed copy
   */
  public static ScapDocument withTarget(
      ScapDocument document, int p, int k, UnaryOperator<Target> change) {
    return withPlan(document, p,
        plan -> plan.toBuilder().targets(replace(plan.targets(), k, change)).build());
  }

  /**
   * Changes one partner of a plan as a whole.
   *
   * @param document the document
   * @param p the plan's index
   * @param k the partner's index in the plan
   * @param change the change
   * @return the changed copy
   */
  public static ScapDocument withPlanPartner(
      ScapDocument document, int p, int k, UnaryOperator<Partner> change) {
    return withPlan(document, p,
        plan -> plan.toBuilder().partners(replace(plan.partners(), k, change)).build());
  }

  /**
   * Changes one project.
   *
   * @param document the document
   * @param p the plan's index
   * @param i the project's index in the plan
   * @param change the change
   * @return the changed copy
   */
  public static ScapDocument withProject(
      ScapDocument document, int p, int i, UnaryOperator<Project> change) {
    return withPlan(document, p,
        plan -> plan.toBuilder().projects(replace(plan.projects(), i, change)).build());
  }

  /**
   * Changes one partner of a project.
   *
   * @param document the document
   * @param p the plan's index
   * @param i the project's index in the plan
   * @param k the partner's index in the project
   * @param change the change
   * @return the changed copy
   */
  public static ScapDocument withProjectPartner(
      ScapDocument document, int p, int i, int k, UnaryOperator<Partner> change) {
    return withProject(document, p, i,
        project -> project.toBuilder().partners(replace(project.partners(), k, change)).build());
  }

  /**
   * Returns an identifier that the document uses nowhere, neither as an id of any kind nor as
   * a reference: {@code base} itself if it is free.
   *
   * @param document the document
   * @param base the id wished for, a valid identifier that does not end in a digit
   * @return a free identifier
   */
  public static String freshId(ScapDocument document, String base) {
    Set<String> used = usedIds(document);
    String id = base;
    for (int n = 2; used.contains(id); n++) {
      id = base + "-" + n;
    }
    return id;
  }

  private static Set<String> usedIds(ScapDocument document) {
    Set<Object> ids = new HashSet<>();
    for (Taxonomy taxonomy : document.taxonomies()) {
      ids.add(taxonomy.id());
      for (Theme theme : taxonomy.themes()) {
        ids.add(theme.id());
        ids.add(theme.broader());
      }
    }
    for (City city : document.cities()) {
      ids.add(city.id());
      ids.addAll(city.networks());
    }
    for (Organization organization : document.organizations()) {
      ids.add(organization.id());
      ids.addAll(organization.themes());
    }
    for (Plan plan : document.plans()) {
      ids.add(plan.id());
      ids.add(plan.city());
      plan.focusAreas().forEach(f -> ids.add(f.theme()));
      plan.targets().forEach(t -> ids.add(t.theme()));
      plan.partners().forEach(p -> ids.add(p.organization()));
      for (Project project : plan.projects()) {
        ids.add(project.id());
        ids.addAll(project.themes());
        project.partners().forEach(p -> ids.add(p.organization()));
      }
    }
    Set<String> text = new HashSet<>();
    ids.stream().filter(Objects::nonNull).forEach(id -> text.add(id.toString()));
    return text;
  }
}
