package ee.lim.core.matching;

import java.util.Arrays;

/**
 * Solves the capacitated assignment problem behind {@link Matcher} exactly, as a minimum-cost flow
 * by successive shortest paths with node potentials.
 *
 * <p>The network is source → one node per (student, need) with capacity 1 → service nodes along the
 * eligible arcs, cost {@code -weight} → sink with the service's capacity. Each (student, need) node
 * also has a direct arc to the sink with cost 0, so that leaving it unassigned is always feasible
 * and the minimum cost is minus the maximum total weight. The nodes are added one at a time, as in
 * the incremental form of the Hungarian method (Kuhn 1955). Each addition augments one unit along a
 * shortest path. Dijkstra's algorithm finds it on reduced costs (Tomizawa 1971; Edmonds and Karp
 * 1972) and stops as soon as the sink is settled. Adding a node with only outgoing arcs cannot
 * create a negative cycle, so after every step the flow is optimal for the nodes added so far, and
 * after the last step it is optimal.
 *
 * <p>Running time: {@code O(N · (A + V) log V)} in the worst case for {@code N} (student, need)
 * nodes, {@code A} arcs and {@code V = N + S + 1} nodes. Early termination keeps a step local: a
 * search settles only nodes closer than the sink, and it does not even queue a node whose tentative
 * distance already reaches the sink's. In sparse instances that is a small part of the graph.
 * Memory: {@code O(A + V)} in primitive arrays.
 *
 * <p>Nodes are added in descending order of their best arc weight (ties by index): any order gives
 * an optimal flow, and this one makes most early assignments final. Ties between equally short
 * paths are broken by the heap order (the sink first, then higher node indices), so the result is a
 * function of the arc order. {@link Matcher} fixes that order by sorting its input.
 *
 * <p>Not thread-safe: one instance solves one problem.
 */
final class AssignmentSolver {
    /** The assignment of a node that went to the sink directly. */
    static final int UNASSIGNED = -1;

    private static final int FROM_SERVICE_TO_SINK = -2;
    private static final int REVERSE = -3;
    private static final long INFINITY = Long.MAX_VALUE / 4;

    private final int nodeCount;
    private final int serviceCount;
    private final int[] arcStart;
    private final int[] arcService;
    private final long[] arcWeight;
    private final int[] capacity;

    private final int[] assignedArc;
    private final int[][] members;
    private final int[] memberCount;
    private final int[] memberPosition;
    private final long[] potential;

    private final long[] distance;
    private final int[] parentNode;
    private final int[] parentArc;
    private final boolean[] settled;
    private final int[] touched;
    private int touchedCount;
    private final NodeHeap heap;
    private final int[] zeroQueue;
    private int zeroCount;
    private long current;

    /**
     * Creates a solver over arcs in compressed rows.
     *
     * @param arcStart for node {@code u}, its arcs are {@code arcStart[u]} to {@code
     *     arcStart[u+1]-1}; length {@code nodeCount + 1}
     * @param arcService the service index of each arc
     * @param arcWeight the weight of each arc, positive, in fixed-point units
     * @param capacity the capacity of each service, 0 or more
     */
    AssignmentSolver(int[] arcStart, int[] arcService, long[] arcWeight, int[] capacity) {
        this.nodeCount = arcStart.length - 1;
        this.serviceCount = capacity.length;
        this.arcStart = arcStart;
        this.arcService = arcService;
        this.arcWeight = arcWeight;
        this.capacity = capacity;
        this.assignedArc = new int[nodeCount];
        Arrays.fill(assignedArc, UNASSIGNED);
        this.members = new int[serviceCount][];
        for (int s = 0; s < serviceCount; s++) {
            members[s] = new int[Math.min(capacity[s], 4)];
        }
        this.memberCount = new int[serviceCount];
        this.memberPosition = new int[nodeCount];
        int total = nodeCount + serviceCount + 1;
        this.potential = new long[total];
        this.distance = new long[total];
        Arrays.fill(distance, INFINITY);
        this.parentNode = new int[total];
        this.parentArc = new int[total];
        this.settled = new boolean[total];
        this.touched = new int[total];
        this.heap = new NodeHeap(total, distance);
        this.zeroQueue = new int[total];
    }

    /**
     * Runs the algorithm.
     *
     * @return for each node, the index of its assigned arc, or {@link #UNASSIGNED}
     */
    int[] solve() {
        for (int u : insertionOrder()) {
            augmentFrom(u);
        }
        return assignedArc.clone();
    }

    /**
     * Orders the nodes by their best arc weight, highest first, then by index. Any order gives an
     * optimal flow; this one makes most early assignments final, so later searches stay short.
     */
    private int[] insertionOrder() {
        long[] keys = new long[nodeCount];
        for (int u = 0; u < nodeCount; u++) {
            long best = 0;
            for (int a = arcStart[u]; a < arcStart[u + 1]; a++) {
                best = Math.max(best, arcWeight[a]);
            }
            keys[u] = best;
        }
        Integer[] order = new Integer[nodeCount];
        for (int u = 0; u < nodeCount; u++) {
            order[u] = u;
        }
        Arrays.sort(
                order,
                (a, b) ->
                        keys[a] != keys[b]
                                ? Long.compare(keys[b], keys[a])
                                : Integer.compare(a, b));
        int[] result = new int[nodeCount];
        for (int i = 0; i < nodeCount; i++) {
            result[i] = order[i];
        }
        return result;
    }

    /**
     * Returns the dual price of each service after {@link #solve()}: 0 for a service with a free
     * place, otherwise the smallest weight gain another student would need to displace a member.
     * With {@link #studentDual} they satisfy {@code studentDual(u) + price(s) >= weight(u, s)} on
     * every arc, with equality on assigned arcs (complementary slackness).
     *
     * @param service the service index
     * @return the price in fixed-point units, 0 or more
     */
    long price(int service) {
        return Math.max(0, potential[sink()] - potential[serviceNode(service)]);
    }

    /**
     * Returns the dual value of a (student, need) node after {@link #solve()}.
     *
     * @param node the node index
     * @return the dual in fixed-point units, 0 or more
     */
    long studentDual(int node) {
        return Math.max(0, potential[node] - potential[sink()]);
    }

    private int serviceNode(int service) {
        return nodeCount + service;
    }

    private int sink() {
        return nodeCount + serviceCount;
    }

    private void augmentFrom(int start) {
        int sink = sink();
        long initial = potential[sink];
        for (int a = arcStart[start]; a < arcStart[start + 1]; a++) {
            initial = Math.max(initial, potential[serviceNode(arcService[a])] + arcWeight[a]);
        }
        potential[start] = initial;

        touchedCount = 0;
        touch(start, 0, -1, 0);
        heap.push(start);
        zeroCount = 0;
        while (true) {
            int x;
            if (zeroCount > 0) {
                x = zeroQueue[--zeroCount];
                if (settled[x]) {
                    continue;
                }
                if (distance[sink] <= distance[x]) {
                    // The sink is as close as this node and wins the tie.
                    settled[sink] = true;
                    break;
                }
            } else if (!heap.isEmpty()) {
                x = heap.pop();
                if (settled[x]) {
                    continue;
                }
                current = distance[x];
            } else {
                break;
            }
            settled[x] = true;
            if (x == sink) {
                break;
            }
            if (x < nodeCount) {
                relaxStudent(x);
            } else {
                relaxService(x - nodeCount);
            }
        }
        long reached = distance[sink];
        applyPath(start);
        for (int i = 0; i < touchedCount; i++) {
            int x = touched[i];
            if (settled[x] && distance[x] < reached) {
                potential[x] += distance[x] - reached;
            }
            distance[x] = INFINITY;
            settled[x] = false;
        }
        heap.clear();
    }

    private void relaxStudent(int x) {
        long base = distance[x] + potential[x];
        int current = assignedArc[x];
        for (int a = arcStart[x]; a < arcStart[x + 1]; a++) {
            if (a == current) {
                continue;
            }
            int v = serviceNode(arcService[a]);
            relax(v, base - arcWeight[a] - potential[v], x, a);
        }
        // The arc straight to the sink. A node already sent there is never reached again,
        // because only reverse arcs of services lead back to (student, need) nodes.
        int sink = sink();
        relax(sink, base - potential[sink], x, UNASSIGNED);
    }

    private void relaxService(int s) {
        int node = serviceNode(s);
        long base = distance[node] + potential[node];
        if (memberCount[s] < capacity[s]) {
            int sink = sink();
            relax(sink, base - potential[sink], node, FROM_SERVICE_TO_SINK);
        }
        int[] list = members[s];
        for (int i = 0; i < memberCount[s]; i++) {
            int y = list[i];
            relax(y, base + arcWeight[assignedArc[y]] - potential[y], node, REVERSE);
        }
    }

    private void relax(int v, long candidate, int from, int arc) {
        if (settled[v]) {
            return;
        }
        int sink = nodeCount + serviceCount;
        if (v != sink && candidate >= distance[sink]) {
            // The sink wins ties and is already this close, so v would never be settled first.
            return;
        }
        if (distance[v] == INFINITY) {
            touch(v, candidate, from, arc);
            if (candidate == current && v != sink) {
                // A tight arc: v is as close as the node being expanded, so it can be settled
                // next without passing through the heap.
                zeroQueue[zeroCount++] = v;
            } else {
                heap.push(v);
            }
        } else if (candidate < distance[v] || (candidate == distance[v] && from < parentNode[v])) {
            distance[v] = candidate;
            parentNode[v] = from;
            parentArc[v] = arc;
            if (heap.contains(v)) {
                heap.decrease(v);
            }
        }
    }

    private void touch(int v, long d, int from, int arc) {
        distance[v] = d;
        parentNode[v] = from;
        parentArc[v] = arc;
        touched[touchedCount++] = v;
    }

    private void applyPath(int start) {
        int node = sink();
        while (node != start) {
            int from = parentNode[node];
            int arc = parentArc[node];
            if (from < nodeCount) {
                // An arc out of a (student, need) node: to a service or straight to the sink.
                reassign(from, arc);
            }
            node = from;
        }
    }

    private void reassign(int node, int arc) {
        int old = assignedArc[node];
        if (old != UNASSIGNED) {
            int s = arcService[old];
            int pos = memberPosition[node];
            int last = members[s][--memberCount[s]];
            members[s][pos] = last;
            memberPosition[last] = pos;
        }
        assignedArc[node] = arc;
        if (arc != UNASSIGNED) {
            int s = arcService[arc];
            if (memberCount[s] == members[s].length) {
                members[s] = Arrays.copyOf(members[s], Math.max(4, members[s].length * 2));
            }
            members[s][memberCount[s]] = node;
            memberPosition[node] = memberCount[s]++;
        }
    }

    /** A binary min-heap of node indices keyed by distance, ties by the lower index. */
    private static final class NodeHeap {
        private final int[] items;
        private final int[] position;
        private final long[] key;
        private int size;

        NodeHeap(int capacity, long[] key) {
            // The sink is the highest index, so preferring higher indices on equal distance stops
            // a search as soon as the sink is as close as anything else.
            this.items = new int[capacity];
            this.position = new int[capacity];
            Arrays.fill(position, -1);
            this.key = key;
        }

        boolean isEmpty() {
            return size == 0;
        }

        void push(int v) {
            items[size] = v;
            position[v] = size;
            size++;
            siftUp(size - 1);
        }

        boolean contains(int v) {
            return position[v] >= 0;
        }

        void decrease(int v) {
            siftUp(position[v]);
        }

        int pop() {
            int top = items[0];
            position[top] = -1;
            size--;
            if (size > 0) {
                items[0] = items[size];
                position[items[0]] = 0;
                siftDown(0);
            }
            return top;
        }

        void clear() {
            for (int i = 0; i < size; i++) {
                position[items[i]] = -1;
            }
            size = 0;
        }

        /** Orders by distance; on equal distance the sink (the highest index) comes first. */
        private boolean less(int a, int b) {
            return key[a] < key[b] || (key[a] == key[b] && a > b);
        }

        private void siftUp(int i) {
            int v = items[i];
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                int p = items[parent];
                if (!less(v, p)) {
                    break;
                }
                items[i] = p;
                position[p] = i;
                i = parent;
            }
            items[i] = v;
            position[v] = i;
        }

        private void siftDown(int i) {
            int v = items[i];
            while (true) {
                int child = 2 * i + 1;
                if (child >= size) {
                    break;
                }
                if (child + 1 < size && less(items[child + 1], items[child])) {
                    child++;
                }
                int c = items[child];
                if (!less(c, v)) {
                    break;
                }
                items[i] = c;
                position[c] = i;
                i = child;
            }
            items[i] = v;
            position[v] = i;
        }
    }
}
