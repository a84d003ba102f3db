async function touchAll(knex, ids) {
  for (const id of ids) {
    await knex.raw('UPDATE items SET seen_at = now() WHERE id = ?', [id]); // expect: n-plus-one
  }
}

module.exports = { touchAll };
