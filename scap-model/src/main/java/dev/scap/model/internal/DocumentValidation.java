package dev.scap.model.internal;

import dev.scap.model.Plan;
import dev.scap.model.ScapDocument;
import dev.scap.model.validation.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The validation of one document, started while the document is still being built: each plan
 * is handed over as soon as it is complete, and its Bean Validation runs on the workers of the
 * common fork-join pool while the caller goes on reading. {@link #finish} then checks the rest
 * of the document, the rules across objects among it, and takes its share of the plans not yet
 * checked.
 *
 * <p>Given the document's {@link #header} before its first plan, the rules across objects run
 * on the workers too, plan by plan in document order, as the plans are handed over; their
 * problems are held until {@link #finish}, which hands them over if the header proved to be
 * the document's (no taxonomy, city or organization came after the plans). Else, or once more
 * than {@link #EARLY_PROBLEMS} are held, the workers stop checking them, and {@code finish}
 * drops what they found and checks the rules itself, handing each problem over at once, as
 * without a header.
 *
 * <p>Plans go in batches; a worker takes batches until none is left, and the caller takes any
 * that no worker has taken, so the result never depends on a worker being free (a common pool
 * set to no workers included). Each problem goes to the sink as soon as it is found, from
 * whichever thread found it, so that a caller that keeps only some of them holds no more; only
 * the rules across objects checked early hold theirs, {@link #EARLY_PROBLEMS} at most, until
 * {@code finish}.
 * Not thread-safe: one thread hands the plans over and finishes.
 */
public final class DocumentValidation {

  /** Plans per batch: enough to make handing one over cheap, few enough to share them well. */
  private static final int BATCH = 32;

  /**
   * The most problems of the rules across objects held until {@link #finish}: a document with
   * more has them checked again at the end, each handed over as found, so that what is held
   * stays small.
   */
  static final int EARLY_PROBLEMS = 1024;

  private static final int COMMON_WORKERS = commonWorkers();

  private final Consumer<Problem> sink;
  /** The focus areas and themes found valid, which need no check again. */
  private final Set<Object> valid = ConcurrentHashMap.newKeySet();
  private final Executor workerPool;
  private final int maxWorkers;
  private final Queue<Batch> waiting = new ConcurrentLinkedQueue<>();
  private final List<Batch> batches = new ArrayList<>();
  private final List<Worker> started = new ArrayList<>();
  private final AtomicInteger workers = new AtomicInteger();
  private Batch filling = new Batch(0);
  /** The rules across objects, checked as the plans come, once a header is given. */
  private EarlyRules early;
  /** Whether {@link #finish} handed over the problems of the rules checked early. */
  private boolean checkedEarly;

  /**
   * Creates the validation of a document about to be read, on the common fork-join pool.
   *
   * @param sink takes each problem found, from the caller's thread and from the workers' at
   *     once: it must be thread-safe
   */
  public DocumentValidation(Consumer<Problem> sink) {
    this(sink, ForkJoinPool.commonPool(), COMMON_WORKERS);
  }

  /**
   * Creates the validation of a document about to be read, on the given workers.
   *
   * @param sink takes each problem found; thread-safe
   * @param workerPool runs the workers; it may run them late, or never
   * @param maxWorkers the most workers to run at once; 0 for none, the caller doing all
   */
  DocumentValidation(Consumer<Problem> sink, Executor workerPool, int maxWorkers) {
    this.sink = sink;
    this.workerPool = workerPool;
    // Hibernate Validator is not started here: it starts on the first object that
    // PlainlyValid cannot tell valid, and a valid document of the common shapes needs none.
    this.maxWorkers = Math.max(0, maxWorkers);
  }

  /**
   * The common pool's workers: none if its parallelism is set to 0, which the pool itself
   * reports as 1 although no worker ever runs.
   */
  private static int commonWorkers() {
    String set = System.getProperty("java.util.concurrent.ForkJoinPool.common.parallelism");
    try {
      // read as the pool reads it: anything up to 0 means no worker
      if (set != null && Integer.parseInt(set) <= 0) {
        return 0;
      }
    } catch (NumberFormatException e) {
      // the pool falls back to its default too
    }
    return ForkJoinPool.getCommonPoolParallelism();
  }

  /**
   * Hands over a complete plan, to be checked by its constraints from now on.
   *
   * @param plan the plan
   * @param index the plan's index in the document's plans, counting from 0 without gaps
   */
  public void plan(Plan plan, int index) {
    filling.plans.add(plan);
    if (filling.plans.size() == BATCH) {
      handOver();
      filling = new Batch(index + 1);
    }
  }

  /**
   * Gives the document as read before its plans (its taxonomies, cities and organizations so
   * far), so that its plans are checked by the rules across objects as they are handed over;
   * only before the first plan, and only where workers run.
   *
   * @param header the document read so far, without plans
   */
  public void header(ScapDocument header) {
    if (early == null && batches.isEmpty() && filling.plans.isEmpty() && maxWorkers > 0) {
      early = new EarlyRules(header);
    }
  }

  /**
   * Checks the rest of the document and waits for its plans.
   *
   * @param document the whole document, whose plans are those handed over
   * @throws IllegalArgumentException if the plans handed over are not the document's
   */
  public void finish(ScapDocument document) {
    finish(document, pointer -> false);
  }

  /**
   * Checks the rest of the document and waits for its plans, leaving out the cities and
   * organizations that need no check: those that stand in for entries that could not be read,
   * whose problems would only repeat the one already reported. When it returns, every problem
   * has gone to the sink.
   *
   * @param document the whole document, whose plans are those handed over
   * @param skip tells, from its pointer (such as {@code /cities/3}), whether to leave out a
   *     city or an organization
   * @throws IllegalArgumentException if the plans handed over are not the document's
   */
  public void finish(ScapDocument document, Predicate<String> skip) {
    if (!filling.plans.isEmpty()) {
      handOver();
    }
    int planCount = batches.isEmpty() ? 0
        : batches.get(batches.size() - 1).first + batches.get(batches.size() - 1).plans.size();
    if (planCount != document.plans().size()) {
      throw new IllegalArgumentException(
          planCount + " plans handed over for a document of " + document.plans().size());
    }
    try {
      // The header's many cities are checked by a worker, if one is free, while the caller
      // checks the rules across objects.
      Batch header = new Batch(() -> BeanValidation.shared().validateHeader(document, skip, sink));
      enqueue(header);
      checkedEarly = early != null && early.finish(document);
      if (!checkedEarly) {
        DocumentRules.check(document, sink);
      }
      drain();
      header.await();
      for (Batch batch : batches) {
        batch.await();
      }
    } finally {
      cancel();
    }
  }

  /** Whether the rules across objects were checked as the plans came, for tests. */
  boolean checkedEarly() {
    return checkedEarly;
  }

  /**
   * Gives up on the document, as when reading it failed: the batches no worker has taken are
   * dropped, and the workers, running or not, let go of it. Finishing does this too.
   */
  public void cancel() {
    waiting.clear();
    if (early != null) {
      early.cancelled = true;
    }
    for (Worker worker : started) {
      worker.validation = null;  // a worker still queued, or never run, holds no plan
    }
  }

  private void handOver() {
    batches.add(filling);
    enqueue(filling);
    if (early != null) {
      early.pending.add(filling);
      enqueue(new Batch(early::check));
    }
  }

  /** Queues a batch, and starts a worker for it if fewer than the most run. */
  private void enqueue(Batch batch) {
    waiting.add(batch);
    if (startWorker()) {
      Worker worker = new Worker(this);
      try {
        workerPool.execute(worker);
        started.add(worker);
      } catch (RuntimeException | OutOfMemoryError e) {
        // refused, or no thread could be made for it: the caller takes the batches itself
        workers.decrementAndGet();
      }
    }
  }

  /**
   * The rules across objects of a document whose header is known before its plans: each batch
   * of plans is checked, in document order, by whichever thread takes the next check, one at a
   * time; the problems are held in that order.
   */
  private final class EarlyRules {
    final ScapDocument header;
    final Queue<Batch> pending = new ConcurrentLinkedQueue<>();
    /** Set once the held problems are not to be used: the checks stop. */
    volatile boolean cancelled;
    // guarded by this
    private DocumentRules rules;
    private final List<Problem> problems = new ArrayList<>();
    private Throwable failure;

    EarlyRules(ScapDocument header) {
      this.header = header;
    }

    /** Checks the batches handed over so far, in order. */
    synchronized void check() {
      try {
        if (rules == null && !cancelled) {
          rules = DocumentRules.forHeader(header, null);
          problems.addAll(rules.headerProblems());
        }
        Batch batch;
        while (!cancelled && (batch = pending.poll()) != null) {
          for (int i = 0; i < batch.plans.size(); i++) {
            problems.addAll(rules.checkPlan(batch.plans.get(i), batch.first + i));
          }
          if (problems.size() > EARLY_PROBLEMS) {
            cancelled = true;  // too many to hold: the caller checks again, handing each over
          }
        }
      } catch (Throwable e) {
        failure = e;
        cancelled = true;
      }
      if (cancelled) {
        pending.clear();
        problems.clear();
      }
    }

    /** Whether the document's taxonomies, cities and organizations are the header's. */
    boolean isHeaderOf(ScapDocument document) {
      return same(header.taxonomies(), document.taxonomies())
          && same(header.cities(), document.cities())
          && same(header.organizations(), document.organizations());
    }

    private static boolean same(List<?> a, List<?> b) {
      return a == b || a.equals(b);
    }

    /**
     * Checks the plans not yet checked, then hands over the problems in the order
     * {@link DocumentRules#check} finds them: the header's, the plans', the events'. Does
     * nothing if the problems held are not to be used.
     *
     * @return whether the problems were handed over; if not, the caller checks the rules
     * @throws Error what a check threw
     */
    boolean finish(ScapDocument document) {
      if (!isHeaderOf(document)) {
        cancelled = true;
      }
      synchronized (this) {
        check();
        if (failure instanceof Error error) {
          throw error;
        }
        if (cancelled) {
          return false;
        }
        problems.forEach(sink);
        rules.eventProblems(document).forEach(sink);
        return true;
      }
    }
  }

  /** Runs a worker, unless the document was finished without it. */
  private static final class Worker implements Runnable {
    volatile DocumentValidation validation;

    Worker(DocumentValidation validation) {
      this.validation = validation;
    }

    @Override
    public void run() {
      DocumentValidation work = validation;
      if (work != null) {
        work.work();
      }
    }
  }

  /** Takes batches until none waits; stops for good only if no batch came in meanwhile. */
  private void work() {
    do {
      try {
        drain();
      } finally {
        workers.decrementAndGet();
      }
    } while (!waiting.isEmpty() && startWorker());
  }

  private void drain() {
    Batch batch;
    while ((batch = waiting.poll()) != null) {
      batch.run();
    }
  }

  private boolean startWorker() {
    int n;
    while ((n = workers.get()) < maxWorkers) {
      if (workers.compareAndSet(n, n + 1)) {
        return true;
      }
    }
    return false;
  }

  /** Consecutive plans, or other work, done by whoever takes them from the queue. */
  private final class Batch {
    final int first;
    final List<Plan> plans = new ArrayList<>(BATCH);
    private final FutureTask<Void> task;

    Batch(int first) {
      this.first = first;
      this.task = new FutureTask<>(this::check, null);
    }

    /** A batch of other work than plans, such as the document's header. */
    Batch(Runnable work) {
      this.first = -1;
      this.task = new FutureTask<>(work, null);
    }

    void run() {
      task.run();
    }

    private void check() {
      BeanValidation validation = BeanValidation.shared();
      for (int i = 0; i < plans.size(); i++) {
        validation.validatePlan(plans.get(i), "/plans/" + (first + i), valid, sink);
      }
    }

    /** Waits for the batch, whoever checks it; rethrows what its check threw. */
    void await() {
      boolean interrupted = false;
      try {
        while (true) {
          try {
            task.get();
            return;
          } catch (InterruptedException e) {
            interrupted = true;  // the batch is being checked and will be done soon: finish it
          }
        }
      } catch (ExecutionException e) {
        if (e.getCause() instanceof Error error) {
          throw error;
        }
        if (e.getCause() instanceof RuntimeException failure) {
          throw failure;
        }
        throw new IllegalStateException("validating plans failed", e.getCause());
      } finally {
        if (interrupted) {
          Thread.currentThread().interrupt();
        }
      }
    }
  }
}
