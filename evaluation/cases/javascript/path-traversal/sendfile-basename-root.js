const express = require('express');
const path = require('path');

const app = express();
const UPLOAD_DIR = '/srv/uploads';

app.get('/files/:name', (req, res) => {
  res.sendFile(path.basename(req.params.name), { root: UPLOAD_DIR });
});

module.exports = app;
