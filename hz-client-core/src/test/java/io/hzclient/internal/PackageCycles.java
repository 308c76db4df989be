package io.hzclient.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The cycles of a directed graph: its strongly connected components of more than one node (Tarjan's algorithm). */
final class PackageCycles {
    private final Map<String, Set<String>> graph;
    private final Map<String, Integer> index = new HashMap<>();
    private final Map<String, Integer> lowLink = new HashMap<>();
    private final Deque<String> stack = new ArrayDeque<>();
    private final Set<String> onStack = new HashSet<>();
    private final List<Set<String>> cycles = new ArrayList<>();

    private PackageCycles(Map<String, Set<String>> graph) {
        this.graph = graph;
    }

    /** Each group of nodes that reach one another, sorted; a node's edge to itself is no cycle here. */
    static List<Set<String>> find(Map<String, Set<String>> graph) {
        PackageCycles finder = new PackageCycles(graph);
        for (String node : new TreeSet<>(graph.keySet())) {
            if (!finder.index.containsKey(node)) {
                finder.visit(node);
            }
        }
        finder.cycles.sort((a, b) -> a.iterator().next().compareTo(b.iterator().next()));
        return finder.cycles;
    }

    /** True if {@code to} can be reached from {@code from} along the graph's edges. */
    static boolean reaches(Map<String, Set<String>> graph, String from, String to) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(from));
        while (!todo.isEmpty()) {
            String node = todo.pop();
            for (String next : graph.getOrDefault(node, Set.of())) {
                if (next.equals(to)) {
                    return true;
                }
                if (seen.add(next)) {
                    todo.push(next);
                }
            }
        }
        return false;
    }

    private void visit(String node) {
        int n = index.size();
        index.put(node, n);
        lowLink.put(node, n);
        stack.push(node);
        onStack.add(node);
        for (String next : graph.getOrDefault(node, Set.of())) {
            if (!index.containsKey(next)) {
                visit(next);
                lowLink.put(node, Math.min(lowLink.get(node), lowLink.get(next)));
            } else if (onStack.contains(next)) {
                lowLink.put(node, Math.min(lowLink.get(node), index.get(next)));
            }
        }
        if (lowLink.get(node).equals(index.get(node))) {
            Set<String> component = new TreeSet<>();
            String member;
            do {
                member = stack.pop();
                onStack.remove(member);
                component.add(member);
            } while (!member.equals(node));
            if (component.size() > 1) {
                cycles.add(component);
            }
        }
    }
}
