package ru.edu.innovation.bench;

import com.sun.management.ThreadMXBean;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * Allocated bytes and CPU time of every live thread of a JVM, by id; a thread that ends between two
 * snapshots is lost, one that starts between them counts from its start.
 */
record ThreadUse(long[] ids, String[] names, long[] allocated, long[] cpu) {

    static ThreadUse of(ThreadMXBean threads) {
        long[] ids = threads.getAllThreadIds();
        String[] names = Arrays.stream(threads.getThreadInfo(ids))
                .map(info -> info == null ? "" : info.getThreadName()).toArray(String[]::new);
        return new ThreadUse(ids, names, threads.getThreadAllocatedBytes(ids), threads.getThreadCpuTime(ids));
    }

    /**
     * Bytes and CPU nanoseconds since {@code before}, by thread group: the thread's name with its
     * numbers as {@code #} ({@code http-nio-#-exec-#}), so a pool's threads add up.
     */
    Map<String, double[]> minus(ThreadUse before) {
        Map<String, double[]> groups = new TreeMap<>();
        for (int i = 0; i < ids.length; i++) {
            long allocatedBefore = 0;
            long cpuBefore = 0;
            for (int j = 0; j < before.ids.length; j++) {
                if (before.ids[j] == ids[i]) {
                    allocatedBefore = before.allocated[j];
                    cpuBefore = before.cpu[j];
                }
            }
            double[] group = groups.computeIfAbsent(names[i].replaceAll("\\d+", "#"), name -> new double[2]);
            group[0] += Math.max(0, allocated[i] - allocatedBefore);
            group[1] += Math.max(0, cpu[i] - cpuBefore);
        }
        return groups;
    }
}
