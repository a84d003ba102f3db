const express = require('express');
const libxmljs = require('libxmljs');

const app = express();
app.use(express.text({ type: 'application/xml' }));

app.post('/invoices', (req, res) => {
  const doc = libxmljs.parseXml(req.body, { noent: true, nonet: false }); // expect: xxe
  res.json({ lines: doc.find('//line').length });
});

module.exports = app;
