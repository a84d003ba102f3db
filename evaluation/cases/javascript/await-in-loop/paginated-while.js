async function allPages(client) {
  const items = [];
  let cursor = null;
  do {
    const page = await client.list({ cursor });
    items.push(...page.items);
    cursor = page.next;
  } while (cursor);
  return items;
}

module.exports = { allPages };
