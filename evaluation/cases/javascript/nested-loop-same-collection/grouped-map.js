function buildTree(nodes) {
  const byParent = new Map();
  for (const node of nodes) {
    if (!byParent.has(node.parentId)) byParent.set(node.parentId, []);
    byParent.get(node.parentId).push(node);
  }
  return nodes.map((node) => ({ ...node, children: byParent.get(node.id) || [] }));
}

module.exports = { buildTree };
