const { Pool } = require('pg');

const pool = new Pool();

async function latest(req, res) {
  const limit = Math.min(parseInt(req.query.limit, 10) || 10, 100);
  const result = await pool.query('SELECT id, title FROM posts ORDER BY id DESC LIMIT $1', [limit]);
  res.json(result.rows);
}

module.exports = { latest };
