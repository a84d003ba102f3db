const fs = require('fs');
const path = require('path');
const express = require('express');

const router = express.Router();

router.get('/avatars/:id', (req, res) => {
  const file = path.join(__dirname, 'avatars', path.basename(req.params.id) + '.png');
  if (!fs.existsSync(file)) { // expect: sync-io-in-handler
    return res.status(404).end();
  }
  res.sendFile(file);
});

module.exports = router;
