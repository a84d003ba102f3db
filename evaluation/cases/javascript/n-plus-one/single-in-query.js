async function stockLevels(db, productIds) {
  const { rows } = await db.query('SELECT product_id, qty FROM stock WHERE product_id = ANY($1)', [productIds]);
  const levels = {};
  for (const row of rows) {
    levels[row.product_id] = row.qty;
  }
  return levels;
}

module.exports = { stockLevels };
