async function stockLevels(db, productIds) {
  const levels = {};
  for (let i = 0; i < productIds.length; i++) {
    const { rows } = await db.query('SELECT qty FROM stock WHERE product_id = $1', [productIds[i]]); // expect: n-plus-one
    levels[productIds[i]] = rows[0].qty;
  }
  return levels;
}

module.exports = { stockLevels };
