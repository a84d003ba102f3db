const fs = require('fs');
const path = require('path');
const express = require('express');

const INVOICES = '/var/lib/shop/invoices';
const app = express();

app.get('/invoices/:reference', (req, res) => {
  const name = `${req.params.reference.replace(/[^A-Z0-9]/g, '')}.pdf`;
  fs.createReadStream(path.join(INVOICES, name)).pipe(res);
});

module.exports = app;
