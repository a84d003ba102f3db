const fs = require('fs');
const express = require('express');

const router = express.Router();

router.get('/avatar/:id', (req, res) => {
  const file = `/srv/avatars/${Number(req.params.id)}.png`;
  if (!fs.existsSync(file)) { // expect: sync-io-in-handler
    res.sendStatus(404);
    return;
  }
  res.sendFile(file);
});

module.exports = router;
