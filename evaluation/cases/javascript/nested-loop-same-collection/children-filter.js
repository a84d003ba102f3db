function buildTree(nodes) {
  return nodes.map((node) => ({
    ...node,
    children: nodes.filter((child) => child.parentId === node.id), // expect: nested-loop-same-collection
  }));
}

module.exports = { buildTree };
