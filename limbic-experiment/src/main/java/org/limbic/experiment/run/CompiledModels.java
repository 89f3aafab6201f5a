package org.limbic.experiment.run;

import java.util.LinkedHashMap;
import java.util.Map;
import org.limbic.compile.CompiledModel;
import org.limbic.compile.ModelCompiler;
import org.limbic.experiment.results.CanonicalText;
import org.limbic.model.Model;

/**
 * The compiled form of the last few models run in this JVM, by content. Each compilation defines a
 * new hidden class, which the JIT then has to compile afresh, and calls into kernels turn
 * megamorphic as classes accumulate: experiments repeated on the same model (claims over seeds,
 * scans in a session, benchmarks) ran interpreted kernels for their first thousands of units and
 * measured the JIT's timing more than the simulation. A compiled model is immutable and shared by
 * the threads of a run already, so sharing it between runs is safe.
 */
public final class CompiledModels {

  private static final int CAPACITY = 16;

  private static final Map<String, CompiledModel> CACHE = new LinkedHashMap<>(CAPACITY, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, CompiledModel> eldest) {
      return size() > CAPACITY;
    }
  };

  private CompiledModels() {
  }

  /** The model compiled, or the earlier compilation of a model with the same canonical text. */
  public static CompiledModel of(Model model) {
    String key = CanonicalText.of(model);
    synchronized (CACHE) {
      CompiledModel cached = CACHE.get(key);
      if (cached != null) {
        return cached;
      }
    }
    CompiledModel compiled = ModelCompiler.compile(model);
    synchronized (CACHE) {
      return CACHE.computeIfAbsent(key, k -> compiled);
    }
  }
}
