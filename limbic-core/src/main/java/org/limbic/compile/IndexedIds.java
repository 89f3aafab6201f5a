package org.limbic.compile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Ids in slot order with constant-time lookup of their slot (the compiler asks often, for large networks). */
final class IndexedIds {

  private final List<String> ids = new ArrayList<>();
  private final Map<String, Integer> index = new HashMap<>();

  /** Appends an id and returns its slot. */
  int add(String id) {
    index.put(id, ids.size());
    ids.add(id);
    return ids.size() - 1;
  }

  /** The slot of {@code id}, or -1. */
  int indexOf(String id) {
    return index.getOrDefault(id, -1);
  }

  boolean contains(String id) {
    return index.containsKey(id);
  }

  int size() {
    return ids.size();
  }

  String get(int i) {
    return ids.get(i);
  }

  List<String> asList() {
    return List.copyOf(ids);
  }
}
