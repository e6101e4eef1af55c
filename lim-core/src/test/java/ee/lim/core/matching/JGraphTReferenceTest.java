package ee.lim.core.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ee.lim.spi.service.Need;
import ee.lim.spi.service.Service;
import java.util.HashMap;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.alg.interfaces.MinimumCostFlowAlgorithm;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;
import org.junit.jupiter.api.Test;

/**
 * Compares the objective with JGraphT 1.5.3's capacity-scaling minimum-cost flow on the same
 * network, built here from {@link IndependentChecker}'s eligibility and scores.
 */
class JGraphTReferenceTest {
    private static final long BASE_SEED = 77_2026L;

    @Test
    void match_equalsJGraphTMinimumCostFlow() {
        System.out.println("JGraphTReferenceTest base seed " + BASE_SEED);
        Matcher matcher = new Matcher();
        int[][] sizes = {{5, 3}, {20, 6}, {60, 12}, {150, 25}};
        for (int[] size : sizes) {
            for (int i = 0; i < 8; i++) {
                long seed = BASE_SEED + size[0] * 100L + i;
                MatchingProblem problem = RandomInstances.problem(seed, size[0], size[1], 4);

                double ours = matcher.match(problem).objective();

                double reference = jgraphtOptimum(problem);
                assertEquals(reference, ours, 1e-6 * problem.needs().size() + 1e-9, "seed " + seed);
            }
        }
    }

    private static DefaultWeightedEdge zero(
            Graph<String, DefaultWeightedEdge> graph, String from, String to) {
        DefaultWeightedEdge edge = graph.addEdge(from, to);
        graph.setEdgeWeight(edge, 0.0);
        return edge;
    }

    private static double jgraphtOptimum(MatchingProblem problem) {
        Graph<String, DefaultWeightedEdge> graph =
                new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
        Map<DefaultWeightedEdge, Integer> capacity = new HashMap<>();
        graph.addVertex("source");
        graph.addVertex("sink");
        for (Service service : problem.services()) {
            String node = "service:" + service.id();
            graph.addVertex(node);
            capacity.put(zero(graph, node, "sink"), service.capacity().available());
        }
        Map<String, StudentFacts> facts = new HashMap<>();
        problem.students().forEach(f -> facts.put(f.student().key().value(), f));
        for (Need need : problem.needs()) {
            String node = "need:" + need.student().value() + "/" + need.category();
            graph.addVertex(node);
            capacity.put(zero(graph, "source", node), 1);
            capacity.put(zero(graph, node, "sink"), 1);
            StudentFacts f = facts.get(need.student().value());
            for (Service service : problem.services()) {
                double score = IndependentChecker.score(problem.config(), need, f, service);
                if (IndependentChecker.eligible(service, f, problem.asOf()) && score > 0) {
                    DefaultWeightedEdge edge = graph.addEdge(node, "service:" + service.id());
                    graph.setEdgeWeight(edge, -score);
                    capacity.put(edge, 1);
                }
            }
        }
        int supply = problem.needs().size();
        MinimumCostFlowProblem<String, DefaultWeightedEdge> flowProblem =
                new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<>(
                        graph,
                        v -> v.equals("source") ? supply : v.equals("sink") ? -supply : 0,
                        capacity::get);
        MinimumCostFlowAlgorithm.MinimumCostFlow<DefaultWeightedEdge> flow =
                new CapacityScalingMinimumCostFlow<String, DefaultWeightedEdge>()
                        .getMinimumCostFlow(flowProblem);
        return -flow.getCost();
    }
}
