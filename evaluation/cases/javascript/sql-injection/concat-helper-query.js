const { Pool } = require('pg');

const pool = new Pool();

function byStatus(status) {
  return "SELECT id FROM tickets WHERE status = '" + status + "'";
}

async function tickets(req, res) {
  const sql = byStatus(req.body.status);
  const result = await pool.query(sql); // expect: sql-injection
  res.json(result.rows);
}

module.exports = { tickets };
