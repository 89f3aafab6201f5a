package org.limbic.stochastic;

/**
 * A binary min-heap of the putative firing times of every reaction, indexed by reaction, so that a
 * changed time is moved in O(log M) (Gibson &amp; Bruck 2000, sec. 3.2). Allocates nothing after
 * construction. Ties keep a deterministic order (heap position), never a random one.
 */
final class IndexedPriorityQueue {

  private final double[] key;
  private final int[] heap;
  private final int[] position;

  IndexedPriorityQueue(double[] times) {
    int n = times.length;
    key = times.clone();
    heap = new int[n];
    position = new int[n];
    for (int i = 0; i < n; i++) {
      heap[i] = i;
      position[i] = i;
    }
    for (int i = n / 2 - 1; i >= 0; i--) {
      siftDown(i);
    }
  }

  int minIndex() {
    return heap[0];
  }

  double minKey() {
    return key[heap[0]];
  }

  double key(int i) {
    return key[i];
  }

  void update(int i, double newKey) {
    double old = key[i];
    key[i] = newKey;
    if (newKey < old) {
      siftUp(position[i]);
    } else if (newKey > old) {
      siftDown(position[i]);
    }
  }

  private void siftUp(int p) {
    int item = heap[p];
    double k = key[item];
    while (p > 0) {
      int parent = (p - 1) >>> 1;
      int above = heap[parent];
      if (key[above] <= k) {
        break;
      }
      place(above, p);
      p = parent;
    }
    place(item, p);
  }

  private void siftDown(int p) {
    int n = heap.length;
    int item = heap[p];
    double k = key[item];
    while (true) {
      int child = 2 * p + 1;
      if (child >= n) {
        break;
      }
      if (child + 1 < n && key[heap[child + 1]] < key[heap[child]]) {
        child++;
      }
      if (key[heap[child]] >= k) {
        break;
      }
      place(heap[child], p);
      p = child;
    }
    place(item, p);
  }

  private void place(int item, int p) {
    heap[p] = item;
    position[item] = p;
  }
}
