package org.limbic.experiment.run;

/**
 * Where one table's parts of the results end, in blocks of units. A function of the experiment
 * alone (its block count and the table's rows per block), never of the thread count, so the part
 * files, and the Parquet files joined from them, are the same on any number of threads.
 *
 * <p>Parts hold about {@code partRows} rows. Each part is converted to Parquet while later blocks are
 * simulated, so what remains after the last simulation is the last part's conversion: the last
 * parts therefore halve in size ({@code ..., 4m, 2m, m} blocks) down to {@code m} blocks of about
 * {@code minPartRows} rows, which bounds that tail whatever the part size. Smaller parts would cost
 * more than they save: a conversion costs about 1.5 ms besides its rows (a DuckDB statement, two
 * files), as much as about 4,000 rows. A table of at most {@code 2 minPartRows} rows is one part.
 *
 * @param blocks the experiment's blocks
 * @param blocksPerPart blocks of a full part (at least 1)
 * @param minBlocks blocks of the last, smallest part (at least 1, at most {@code blocksPerPart})
 * @param tail blocks in the halving parts at the end (0 when the table is one part)
 */
record PartPlan(int blocks, int blocksPerPart, int minBlocks, int tail) {

  /** The plan for a table of {@code rowsPerBlock} rows a block (0 when unknown or empty: taken as 1). */
  static PartPlan of(int blocks, long rowsPerBlock, int partRows, int minPartRows) {
    long perBlock = Math.max(1, rowsPerBlock);
    int perPart = (int) Math.max(1, Math.min(Integer.MAX_VALUE, partRows / perBlock));
    int min = (int) Math.max(1, Math.min(perPart, minPartRows / perBlock));
    if ((long) blocks * perBlock <= 2L * minPartRows) {
      return new PartPlan(blocks, blocks, blocks, 0);
    }
    // halving parts m, 2m, 4m, ... smaller than a full part, while they leave at least one block in front
    long tail = 0;
    for (long size = min; size < perPart && tail + size < blocks; size *= 2) {
      tail += size;
    }
    return new PartPlan(blocks, perPart, min, (int) tail);
  }

  /** Whether a part ends once the first {@code written} blocks are written (1 <= written <= blocks). */
  boolean endsAfter(int written) {
    int front = blocks - tail;
    if (written <= front) {
      return written % blocksPerPart == 0 || written == front;
    }
    // in the tail, parts end where the blocks still to come are m (2^j - 1): ..., 7m, 3m, m, 0
    int remaining = blocks - written;
    if (remaining % minBlocks != 0) {
      return false;
    }
    int smallest = remaining / minBlocks;
    return (smallest & (smallest + 1)) == 0;
  }
}
