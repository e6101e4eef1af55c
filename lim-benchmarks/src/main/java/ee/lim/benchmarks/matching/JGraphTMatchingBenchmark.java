package ee.lim.benchmarks.matching;

import ee.lim.core.matching.EligibilityEvaluator;
import ee.lim.core.matching.MatchingConfig;
import ee.lim.core.matching.MatchingProblem;
import ee.lim.core.matching.StudentFacts;
import ee.lim.spi.model.StudentKey;
import ee.lim.spi.service.EligibilityResult;
import ee.lim.spi.service.Need;
import ee.lim.spi.service.Place;
import ee.lim.spi.service.Service;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jgrapht.Graph;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The same county problem as {@link MatchingBenchmark}, solved by JGraphT 1.5.3's capacity-scaling
 * minimum-cost flow on the network described in {@code docs/matching.md}, as the baseline that
 * LIM's own solver replaces. Only the solve is timed; the network is built once.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class JGraphTMatchingBenchmark {
    private MinimumCostFlowProblem<String, DefaultWeightedEdge> flowProblem;

    /** Builds the county network once per trial. */
    @Setup(Level.Trial)
    public void build() {
        flowProblem = network(MatchingInstances.generate(1L, 10_000, 300, 5));
    }

    /**
     * Solves the county network.
     *
     * @return the minimum cost, so that the JIT keeps the work
     */
    @Benchmark
    public double solve() {
        return new CapacityScalingMinimumCostFlow<String, DefaultWeightedEdge>()
                .getMinimumCostFlow(flowProblem)
                .getCost();
    }

    /**
     * Builds the flow network of a problem: source, one node per need, service nodes and sink.
     *
     * @param problem the problem
     * @return the JGraphT problem
     */
    static MinimumCostFlowProblem<String, DefaultWeightedEdge> network(MatchingProblem problem) {
        Graph<String, DefaultWeightedEdge> graph =
                new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
        Map<DefaultWeightedEdge, Integer> capacity = new HashMap<>();
        graph.addVertex("source");
        graph.addVertex("sink");
        for (Service service : problem.services()) {
            graph.addVertex(service.id());
            capacity.put(edge(graph, service.id(), "sink", 0), service.capacity().available());
        }
        Map<StudentKey, StudentFacts> facts = new HashMap<>();
        problem.students().forEach(f -> facts.put(f.student().key(), f));
        EligibilityEvaluator evaluator = new EligibilityEvaluator();
        MatchingConfig config = problem.config();
        for (Need need : problem.needs()) {
            String node = need.student().value() + "/" + need.category();
            graph.addVertex(node);
            capacity.put(edge(graph, "source", node, 0), 1);
            capacity.put(edge(graph, node, "sink", 0), 1);
            StudentFacts f = facts.get(need.student());
            for (Service service : problem.services()) {
                Double coverage = service.coverage().get(need.category());
                if (coverage == null
                        || evaluator.evaluate(service, f, problem.asOf()).status()
                                != EligibilityResult.Status.ELIGIBLE) {
                    continue;
                }
                double score =
                        need.priority() * coverage
                                - config.waitingPenaltyPerDay() * service.waitingDays();
                Place from = f.home();
                if (from == null) {
                    from = config.municipalityCentroids().get(f.student().residenceMunicipality());
                }
                if (from != null && service.place() != null) {
                    score -= config.distancePenaltyPerKm() * from.distanceKm(service.place());
                }
                if (score > 0) {
                    capacity.put(edge(graph, node, service.id(), -score), 1);
                }
            }
        }
        int supply = problem.needs().size();
        return new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<>(
                graph,
                v -> v.equals("source") ? supply : v.equals("sink") ? -supply : 0,
                capacity::get);
    }

    private static DefaultWeightedEdge edge(
            Graph<String, DefaultWeightedEdge> graph, String from, String to, double cost) {
        DefaultWeightedEdge e = graph.addEdge(from, to);
        graph.setEdgeWeight(e, cost);
        return e;
    }
}
