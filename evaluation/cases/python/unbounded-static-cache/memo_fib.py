_memo = {}  # expect: unbounded-static-cache


def path_cost(graph, node):
    if node in _memo:
        return _memo[node]
    cost = min((path_cost(graph, n) + w for n, w in graph[node]), default=0)
    _memo[node] = cost
    return cost
