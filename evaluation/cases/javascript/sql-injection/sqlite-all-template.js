const express = require('express');
const sqlite3 = require('sqlite3');

const db = new sqlite3.Database('./notes.db');
const app = express();

app.get('/notes', (req, res) => {
  const { tag } = req.query;
  db.all(`SELECT id, body FROM notes WHERE tag = '${tag}'`, (err, rows) => { // expect: sql-injection
    if (err) return res.status(500).end();
    res.json(rows);
  });
});

module.exports = app;
