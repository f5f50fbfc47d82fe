"""Times networkx on the path queries of samverkan-bench: the same graph and the same pairs.

Reads a JSON file with "nodes", "edges" (pairs of node names), "pairs" (source, target),
"starts" (each source and the units it belongs to), "maximum_length" and "repeats"; prints JSON
with the seconds taken by 1,000 shortest-path queries and by 1,000 queries for the five shortest
simple paths, each the median of "repeats" runs, the shortest lengths (null beyond the maximum,
as Samverkan's path search stops there) and, untimed, the shortest lengths from the starts. The queries
are timed apart from start-up and graph building; the graph's building is timed once, on its own.
"""

import itertools
import json
import sys
import time

import networkx as nx


def median_run(body, repeats):
    """The result of the last of `repeats` runs of `body`, and the median of their seconds."""
    times = []
    result = None
    for _ in range(repeats):
        start = time.perf_counter()
        result = body()
        times.append(time.perf_counter() - start)
    return result, sorted(times)[len(times) // 2]


def main(path):
    with open(path, encoding="utf-8") as file:
        data = json.load(file)
    start = time.perf_counter()
    graph = nx.DiGraph()
    graph.add_nodes_from(data["nodes"])
    graph.add_edges_from(data["edges"])
    graph_seconds = time.perf_counter() - start
    pairs = data["pairs"]
    longest = data["maximum_length"]
    repeats = data.get("repeats", 1)

    def shortest_lengths():
        lengths = []
        for source, target in pairs:
            try:
                length = len(nx.shortest_path(graph, source, target)) - 1
            except nx.NetworkXNoPath:
                length = None
            lengths.append(length)
        return lengths

    def five_shortest():
        for source, target in pairs:
            try:
                list(itertools.islice(nx.shortest_simple_paths(graph, source, target), 5))
            except nx.NetworkXNoPath:
                pass

    lengths, shortest_seconds = median_run(shortest_lengths, repeats)
    _, five_seconds = median_run(five_shortest, repeats)

    lengths = [None if length is None or length > longest else length for length in lengths]

    # Not timed: the shortest length from the source or a unit it belongs to (Samverkan's paths
    # may start from the unit's routes), a bound no lawful path goes below.
    def from_starts(starts, target):
        found = [
            nx.shortest_path_length(graph, start, target)
            for start in starts
            if nx.has_path(graph, start, target)
        ]
        return min(found) if found and min(found) <= longest else None

    start_lengths = [from_starts(starts, target) for starts, (_, target) in zip(data["starts"], pairs)]
    json.dump(
        {
            "graph_seconds": graph_seconds,
            "shortest_seconds": shortest_seconds,
            "five_seconds": five_seconds,
            "lengths": lengths,
            "start_lengths": start_lengths,
        },
        sys.stdout,
    )


if __name__ == "__main__":
    main(sys.argv[1])
