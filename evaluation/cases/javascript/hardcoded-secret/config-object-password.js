const { Pool } = require('pg');

const pool = new Pool({
  host: 'db.internal',
  user: 'reporting',
  password: 'R3port!ng-2024', // expect: hardcoded-secret
  database: 'analytics',
});

module.exports = pool;
