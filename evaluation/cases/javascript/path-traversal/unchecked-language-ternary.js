const path = require('path');
const express = require('express');

const FORMS_DIR = path.join(__dirname, 'forms');
const LANGUAGES = new Set(['en', 'es', 'fr']);
const app = express();

app.get('/consent', (req, res) => {
  const lang = LANGUAGES.has(String(req.query.locale)) ? String(req.query.lang) : 'en';
  res.sendFile(path.join(FORMS_DIR, `consent.${lang}.html`)); // expect: path-traversal
});

module.exports = app;
