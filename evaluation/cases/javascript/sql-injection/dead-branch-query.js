const { Pool } = require('pg');

const pool = new Pool();
const LEGACY = false;

async function search(req, res) {
  let sql = 'SELECT id FROM users WHERE active = true';
  if (LEGACY) {
    sql = "SELECT id FROM users WHERE name = '" + req.query.name + "'";
  }
  const result = await pool.query(sql);
  res.json(result.rows);
}

module.exports = { search };
