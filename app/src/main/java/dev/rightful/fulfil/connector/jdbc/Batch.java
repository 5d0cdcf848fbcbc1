package dev.rightful.fulfil.connector.jdbc;

import java.util.ArrayList;
import java.util.List;

/** A slice of IN-list values across several columns that one statement binds. Immutable. */
record Batch(List<String> columns, List<List<Object>> values) {

  List<Integer> counts() {
    return values.stream().map(List::size).toList();
  }

  /** Every value, in the order the statement's parameters take them. */
  List<Object> all() {
    List<Object> all = new ArrayList<>();
    values.forEach(all::addAll);
    return all;
  }

  /** Splits column value lists into batches of at most {@code size} values in all. */
  static List<Batch> split(List<String> columns, List<List<Object>> values, int size) {
    List<Batch> batches = new ArrayList<>();
    List<String> batchColumns = new ArrayList<>();
    List<List<Object>> batchValues = new ArrayList<>();
    int used = 0;
    for (int c = 0; c < columns.size(); c++) {
      List<Object> list = values.get(c);
      int from = 0;
      while (from < list.size()) {
        int take = Math.min(size - used, list.size() - from);
        batchColumns.add(columns.get(c));
        batchValues.add(List.copyOf(list.subList(from, from + take)));
        used += take;
        from += take;
        if (used == size) {
          batches.add(new Batch(batchColumns, batchValues));
          batchColumns = new ArrayList<>();
          batchValues = new ArrayList<>();
          used = 0;
        }
      }
    }
    if (used > 0) {
      batches.add(new Batch(batchColumns, batchValues));
    }
    return batches;
  }

  static List<List<Object>> chunks(List<Object> values, int size) {
    List<List<Object>> chunks = new ArrayList<>();
    for (int i = 0; i < values.size(); i += size) {
      chunks.add(values.subList(i, Math.min(values.size(), i + size)));
    }
    return chunks;
  }
}
