package ee.lim.core.matching;

import java.util.Arrays;

/**
 * Solves the capacitated assignment problem behind {@link Matcher} exactly, as a minimum-cost flow
 * by successive shortest paths with node potentials.
 *
 * <p>The network is source → one node per (student, need) with capacity 1 → service nodes along the
 * eligible arcs, cost {@code -weight} → sink with the service's capacity. Each (student, need) node
 * also has a direct arc to the sink with cost 0, so that leaving it unassigned is always feasible
 * and the minimum cost is minus the maximum total weight. The nodes are added one at a time (the
 * incremental form of the Hungarian method, Kuhn 1955); each addition augments one unit along a
 * shortest path found by Dijkstra's algorithm on reduced costs (Tomizawa 1971; Edmonds and Karp
 * 1972), which stops as soon as the sink is settled. Adding a node with only outgoing arcs cannot
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
 * an optimal flow, and this one makes most early assignments final. The sink wins ties in distance,
 * and other ties follow the queue's fixed order, so the result is a function of the arc order.
 * {@link Matcher} fixes that order by sorting its input.
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
    private final RadixQueue queue = new RadixQueue();

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
        queue.reset();
        queue.push(start, 0);
        while (!queue.isEmpty()) {
            int x = queue.pop();
            long key = queue.lastKey();
            if (settled[x] || key != distance[x]) {
                continue; // an entry left behind by a later, shorter distance
            }
            if (x != sink && distance[sink] <= key) {
                // The sink is as close as this node and wins the tie.
                settled[sink] = true;
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
            queue.push(v, candidate);
        } else if (candidate < distance[v]) {
            distance[v] = candidate;
            parentNode[v] = from;
            parentArc[v] = arc;
            queue.push(v, candidate);
        } else if (candidate == distance[v] && from < parentNode[v]) {
            parentNode[v] = from;
            parentArc[v] = arc;
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

    /**
     * A monotone priority queue of nodes keyed by distance: a radix heap (Ahuja, Mehlhorn, Orlin
     * and Tarjan 1990). Dijkstra's algorithm never inserts a key below the last one removed, so an
     * entry lives in the bucket of the highest bit in which its key differs from that last key.
     * Push is O(1); pop is O(log C) amortised for keys up to C. A node whose distance falls is
     * pushed again and its old entry skipped later. Equal keys come out last in, first out.
     */
    private static final class RadixQueue {
        private final int[][] nodes = new int[65][];
        private final long[][] keys = new long[65][];
        private final int[] sizes = new int[65];
        private long last;
        private int size;

        RadixQueue() {
            for (int b = 0; b < 65; b++) {
                nodes[b] = new int[16];
                keys[b] = new long[16];
            }
        }

        void reset() {
            Arrays.fill(sizes, 0);
            last = 0;
            size = 0;
        }

        boolean isEmpty() {
            return size == 0;
        }

        long lastKey() {
            return last;
        }

        void push(int node, long key) {
            int b = key == last ? 0 : 64 - Long.numberOfLeadingZeros(key ^ last);
            if (sizes[b] == nodes[b].length) {
                nodes[b] = Arrays.copyOf(nodes[b], sizes[b] * 2);
                keys[b] = Arrays.copyOf(keys[b], sizes[b] * 2);
            }
            nodes[b][sizes[b]] = node;
            keys[b][sizes[b]] = key;
            sizes[b]++;
            size++;
        }

        int pop() {
            if (sizes[0] == 0) {
                int b = 1;
                while (sizes[b] == 0) {
                    b++;
                }
                long min = Long.MAX_VALUE;
                for (int i = 0; i < sizes[b]; i++) {
                    min = Math.min(min, keys[b][i]);
                }
                last = min;
                int count = sizes[b];
                sizes[b] = 0;
                size -= count;
                // Every entry of bucket b now falls in a lower bucket, so b is not written to.
                for (int i = 0; i < count; i++) {
                    push(nodes[b][i], keys[b][i]);
                }
            }
            size--;
            return nodes[0][--sizes[0]];
        }
    }
}
